package dossier.web.fake;

import dossier.entity.v1.Decision;
import dossier.entity.v1.Entity;
import dossier.entity.v1.EntityServiceGrpc;
import dossier.entity.v1.GetEntityRequest;
import dossier.entity.v1.Judgement;
import dossier.entity.v1.ListDecisionsRequest;
import dossier.entity.v1.ListDecisionsResponse;
import dossier.entity.v1.RecordDecisionRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.StreamObserver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * entity-service's entities and analysts' decisions in memory, with the contract's checks: the
 * newest judgement on a pair is current, and same_as lists the current SAME judgements.
 */
public class FakeEntityService extends EntityServiceGrpc.EntityServiceImplBase {

    private static final Map<String, Entity> ENTITIES = new LinkedHashMap<>();
    /** Newest first. */
    private static final List<Decision> DECISIONS = new ArrayList<>();

    static synchronized void reset() {
        ENTITIES.clear();
        CaseFileFixture.entities().forEach(e -> ENTITIES.put(e.getId(), e));
        DECISIONS.clear();
    }

    /** What the service holds now, for assertions. */
    public static synchronized List<Decision> decisions() {
        return List.copyOf(DECISIONS);
    }

    @Override
    public void getEntity(GetEntityRequest request, StreamObserver<Entity> out) {
        FakeCalls.answer(FakeEntityService.class, out, () -> {
            Entity e = ENTITIES.get(request.getId());
            if (e == null) {
                throw notFound(request.getId());
            }
            List<String> same = DECISIONS.stream()
                    .filter(d -> d.getCurrent() && d.getJudgement() == Judgement.SAME)
                    .filter(d -> d.getLeftEntityId().equals(e.getId()) || d.getRightEntityId().equals(e.getId()))
                    .map(d -> d.getLeftEntityId().equals(e.getId()) ? d.getRightEntityId() : d.getLeftEntityId())
                    .toList();
            return e.toBuilder().clearSameAs().addAllSameAs(same).build();
        });
    }

    @Override
    public void recordDecision(RecordDecisionRequest request, StreamObserver<Decision> out) {
        FakeCalls.answer(FakeEntityService.class, out, () -> {
            String left = request.getLeftEntityId();
            String right = request.getRightEntityId();
            if (!ENTITIES.containsKey(left) || !ENTITIES.containsKey(right)) {
                throw notFound(ENTITIES.containsKey(left) ? right : left);
            }
            if (left.equals(right)) {
                throw invalid("An entity cannot be judged against itself");
            }
            if (request.getJudgement() == Judgement.JUDGEMENT_UNSPECIFIED) {
                throw invalid("judgement is required");
            }
            if (request.getAnalyst().isBlank()) {
                throw invalid("The analyst is required");
            }
            DECISIONS.replaceAll(old -> samePair(old, left, right) ? old.toBuilder().setCurrent(false).build() : old);
            Decision d = Decision.newBuilder().setId("d" + (DECISIONS.size() + 1)).setLeftEntityId(left)
                    .setRightEntityId(right).setJudgement(request.getJudgement()).setAnalyst(request.getAnalyst())
                    .setNote(request.getNote()).setDecidedAt(Instant.now().toString()).setCurrent(true).build();
            DECISIONS.add(0, d);
            return d;
        });
    }

    @Override
    public void listDecisions(ListDecisionsRequest request, StreamObserver<ListDecisionsResponse> out) {
        FakeCalls.answer(FakeEntityService.class, out, () -> {
            String id = request.getEntityId();
            return ListDecisionsResponse.newBuilder().addAllDecisions(DECISIONS.stream()
                    .filter(d -> id.isBlank() || d.getLeftEntityId().equals(id) || d.getRightEntityId().equals(id))
                    .limit(request.getLimit() <= 0 ? 100 : request.getLimit())
                    .toList()).build();
        });
    }

    private static boolean samePair(Decision d, String a, String b) {
        return (d.getLeftEntityId().equals(a) && d.getRightEntityId().equals(b))
                || (d.getLeftEntityId().equals(b) && d.getRightEntityId().equals(a));
    }

    private static StatusRuntimeException notFound(String id) {
        return Status.NOT_FOUND.withDescription("No entity " + id).asRuntimeException();
    }

    private static StatusRuntimeException invalid(String message) {
        return Status.INVALID_ARGUMENT.withDescription(message).asRuntimeException();
    }
}
