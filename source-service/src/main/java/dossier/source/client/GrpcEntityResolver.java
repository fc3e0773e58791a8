package dossier.source.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dossier.entity.v1.EntityServiceGrpc;
import dossier.entity.v1.MentionSpan;
import dossier.entity.v1.ResolveMentionsRequest;
import dossier.entity.v1.ResolveMentionsResponse;
import dossier.entity.v1.ResolvedMention;
import dossier.source.domain.DependencyUnavailableException;
import dossier.source.domain.MentionCandidate;
import dossier.source.domain.MentionRef;
import dossier.source.domain.TextSpan;
import dossier.support.grpc.ConnectionLoss;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;

/** {@link EntityResolver} over entity-service's ResolveMentions. */
@ApplicationScoped
public class GrpcEntityResolver implements EntityResolver {

    private final EntityServiceGrpc.EntityServiceBlockingStub stub;

    @Inject
    public GrpcEntityResolver(@GrpcClient("entity") EntityServiceGrpc.EntityServiceBlockingStub stub) {
        this.stub = stub;
    }

    @Override
    public List<MentionRef> resolve(String documentId, String text, List<MentionCandidate> candidates) {
        ResolveMentionsRequest.Builder req = ResolveMentionsRequest.newBuilder()
                .setDocumentId(documentId).setText(text).setCreateUnknown(true);
        for (MentionCandidate c : candidates) {
            req.addCandidates(MentionSpan.newBuilder().setStart(c.start()).setEnd(c.end()).setText(c.text()).setHint(c.hint()));
        }
        ResolveMentionsResponse resp;
        try {
            // safe to send again: an unknown name's entity is keyed by the name, so a first attempt that
            // did create it is found, not duplicated
            ResolveMentionsRequest request = req.build();
            resp = ConnectionLoss.retryingRead(() -> stub.withDeadlineAfter(60, TimeUnit.SECONDS).resolveMentions(request));
        } catch (StatusRuntimeException e) {
            throw new DependencyUnavailableException("entity-service", e);
        }
        List<MentionRef> out = new ArrayList<>();
        for (ResolvedMention m : resp.getMentionsList()) {
            int start = m.getSpan().getStart();
            int end = m.getSpan().getEnd();
            if (start < 0 || end > text.length() || start >= end) {
                continue; // a span outside the text cannot be shown; drop it rather than store garbage
            }
            out.add(new MentionRef(TextSpan.of(text, start, end), m.getEntityId(), m.getCaption(), m.getSchema().name(),
                    m.getMethod(), m.getConfidence(), m.getCountriesList()));
        }
        return out;
    }
}
