package dossier.source.support;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import dossier.source.client.EntityResolver;
import dossier.source.domain.DependencyUnavailableException;
import dossier.source.domain.MentionCandidate;
import dossier.source.domain.MentionRef;

/** Stands in for entity-service in @QuarkusTest: a gazetteer, can be "down". */
@Alternative
@Priority(1)
@ApplicationScoped
public class FakeEntityResolver implements EntityResolver {

    private volatile boolean down;

    public void setDown(boolean down) {
        this.down = down;
    }
    private final GazetteerResolver gazetteer = new GazetteerResolver();

    @Override
    public List<MentionRef> resolve(String documentId, String text, List<MentionCandidate> candidates) {
        if (down) {
            throw new DependencyUnavailableException("entity-service", new RuntimeException("connection refused"));
        }
        return gazetteer.resolve(text, candidates);
    }
}
