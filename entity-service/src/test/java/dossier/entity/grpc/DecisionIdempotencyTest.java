package dossier.entity.grpc;

import dossier.entity.domain.DecisionRecord;
import dossier.entity.v1.Decision;
import dossier.entity.v1.Entity;
import dossier.entity.v1.EntityServiceGrpc;
import dossier.entity.v1.Judgement;
import dossier.entity.v1.Name;
import dossier.entity.v1.NameKind;
import dossier.entity.v1.RecordDecisionRequest;
import dossier.entity.v1.Schema;
import dossier.entity.v1.UpsertEntitiesRequest;
import dossier.support.audit.jpa.AuditRecord;
import dossier.support.idempotency.jpa.ClientRequestRecord;
import dossier.support.testing.Racing;
import dossier.support.testing.TestCaller;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * RecordDecision with a client request id: a retry gets the first decision and records no second
 * one (nor a second audit entry); racing retries record one; the id with another request is
 * ALREADY_EXISTS; without an id every call records a judgement, as before.
 */
@QuarkusTest
class DecisionIdempotencyTest {

    @GrpcClient("entity")
    EntityServiceGrpc.EntityServiceBlockingStub entities;

    record Counts(long decisions, long audit, long ids) {
        static Counts now() {
            return QuarkusTransaction.requiringNew().call(() -> new Counts(DecisionRecord.count(), AuditRecord.count(),
                    ClientRequestRecord.count()));
        }
    }

    private List<String> twoEntities() {
        List<Entity> es = List.of("a", "b").stream().map(k -> Entity.newBuilder().setKey("idem-test:" + UUID.randomUUID())
                .setSchema(Schema.PERSON).addNames(Name.newBuilder().setValue("Idem Person " + k).setKind(NameKind.PRIMARY))
                .addDatasets("idem-test").build()).toList();
        return entities.upsertEntities(UpsertEntitiesRequest.newBuilder().addAllEntities(es).build())
                .getResultsList().stream().map(r -> r.getId()).toList();
    }

    private Decision judge(List<String> ids, Judgement j, String key) {
        return entities.withInterceptors(TestCaller.signedInAs("reviewer-1", Set.of("reviewer"))).recordDecision(
                RecordDecisionRequest.newBuilder().setLeftEntityId(ids.get(0)).setRightEntityId(ids.get(1)).setJudgement(j)
                        .setNote("same passport").setClientRequestId(key).build());
    }

    @Test
    void aRetryReturnsTheFirstDecisionAndRecordsNothing() {
        List<String> ids = twoEntities();
        String key = UUID.randomUUID().toString();
        Decision first = judge(ids, Judgement.SAME, key);
        Counts before = Counts.now();
        assertThat(judge(ids, Judgement.SAME, key)).isEqualTo(first);
        assertThat(Counts.now()).isEqualTo(before);

        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () -> judge(ids, Judgement.NOT_SAME, key));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
        assertThat(e.getStatus().getDescription()).contains("client_request_id '" + key + "'").contains("RecordDecision");
        assertThat(Counts.now()).isEqualTo(before);

        // no id: each call is a judgement of its own, as before
        judge(ids, Judgement.UNSURE, "");
        judge(ids, Judgement.UNSURE, "");
        assertThat(Counts.now().decisions()).isEqualTo(before.decisions() + 2);
        assertThat(Counts.now().ids()).isEqualTo(before.ids());
    }

    @Test
    void racingRetriesRecordOneDecision() throws Exception {
        List<String> ids = twoEntities();
        String key = UUID.randomUUID().toString();
        Counts before = Counts.now();
        Set<Decision> answers = Racing.calls(6, () -> judge(ids, Judgement.NOT_SAME, key));
        assertThat(answers).hasSize(1);
        assertThat(Counts.now()).isEqualTo(new Counts(before.decisions() + 1, before.audit() + 1, before.ids() + 1));
    }

    @Test
    void aFailedFirstCallKeepsNoIdSoItsRetryRuns() {
        List<String> ids = twoEntities();
        String key = UUID.randomUUID().toString();
        Counts before = Counts.now();
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> judge(List.of(ids.get(0), "no-such-entity"), Judgement.SAME, key));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        assertThat(Counts.now()).isEqualTo(before);
        // the same id now with a request that can succeed: the failed call left nothing behind
        assertThat(judge(ids, Judgement.SAME, key).getJudgement()).isEqualTo(Judgement.SAME);
    }
}
