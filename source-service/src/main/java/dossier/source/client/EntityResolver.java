package dossier.source.client;

import java.util.List;

import dossier.source.domain.MentionCandidate;
import dossier.source.domain.MentionRef;

/** Resolves the candidate mentions of a document to entities, asked of entity-service. */
public interface EntityResolver {

    /**
     * Unknown names become new unverified entities (create_unknown).
     *
     * @throws dossier.source.domain.DependencyUnavailableException when entity-service cannot be reached
     */
    List<MentionRef> resolve(String documentId, String text, List<MentionCandidate> candidates);
}
