package dossier.source.grpc;

import com.mongodb.client.MongoDatabase;
import dossier.source.support.FakeCaseDirectory;
import dossier.source.v1.IngestSourceRequest;
import dossier.source.v1.IngestSourceResponse;
import dossier.source.v1.SourceServiceGrpc;
import dossier.support.testing.Racing;
import dossier.support.testing.TestCaller;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * IngestSource with a client request id: a retry gets the first answer (the same source, claims and
 * duplicate flag) and stores nothing, racing retries store one source and one audit entry, the id
 * with another request is ALREADY_EXISTS, and a call without an id behaves as before.
 */
@QuarkusTest
class IngestIdempotencyTest {

    @GrpcClient("source")
    SourceServiceGrpc.SourceServiceBlockingStub source;
    @Inject
    FakeCaseDirectory cases;
    @Inject
    MongoDatabase db;

    record Counts(long sources, long audit, long ids) {
    }

    private Counts counts() {
        return new Counts(db.getCollection("sources").countDocuments(), db.getCollection("audit_log").countDocuments(),
                db.getCollection("client_requests").countDocuments());
    }

    private String newCase() {
        String caseId = "idem-" + UUID.randomUUID();
        cases.add(caseId);
        return caseId;
    }

    private static IngestSourceRequest ingest(String caseId, String text, String key) {
        return IngestSourceRequest.newBuilder().setCaseId(caseId).setTitle("Port report").setOutlet("Wire")
                .setText(text).setClientRequestId(key).build();
    }

    @Test
    void aRetryReturnsTheFirstAnswerAndStoresNothing() {
        String caseId = newCase();
        String key = UUID.randomUUID().toString();
        IngestSourceRequest req = ingest(caseId, "The ship left Nampo on 3 May 2019 with coal on board, officials said.", key);
        IngestSourceResponse first = source.ingestSource(req);
        assertThat(first.getDuplicate()).isFalse();
        Counts before = counts();
        IngestSourceResponse retry = source.ingestSource(req);
        assertThat(retry).isEqualTo(first); // not duplicate=true: the answer the first call got
        assertThat(counts()).isEqualTo(before);

        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> source.ingestSource(ingest(caseId, "Another text altogether about a different ship.", key)));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.ALREADY_EXISTS);
        assertThat(e.getStatus().getDescription()).contains("client_request_id '" + key + "'").contains("IngestSource")
                .doesNotContain("different ship");
        assertThat(counts()).isEqualTo(before);

        // another caller's id is its own: the same text is then a duplicate by content, as before
        IngestSourceResponse other = source.withInterceptors(TestCaller.signedInAs("integrator-2", Set.of("integrator")))
                .ingestSource(req);
        assertThat(other.getDuplicate()).isTrue();
        assertThat(other.getSource().getId()).isEqualTo(first.getSource().getId());
        assertThat(counts().sources()).isEqualTo(before.sources());
    }

    @Test
    void racingRetriesStoreOneSource() throws Exception {
        String caseId = newCase();
        String key = UUID.randomUUID().toString();
        Counts before = counts();
        Set<IngestSourceResponse> answers = Racing.calls(6,
                () -> source.ingestSource(ingest(caseId, "A vessel unloaded 40 luxury cars at Nampo in May 2019.", key)));
        assertThat(answers).hasSize(1);
        assertThat(answers.iterator().next().getDuplicate()).isFalse();
        assertThat(counts()).isEqualTo(new Counts(before.sources() + 1, before.audit() + 1, before.ids() + 1));
    }

    @Test
    void withoutAnIdNothingChanges() {
        String caseId = newCase();
        Counts before = counts();
        IngestSourceResponse first = source.ingestSource(ingest(caseId, "Customs seized a limousine in Dandong in 2024.", ""));
        IngestSourceResponse again = source.ingestSource(ingest(caseId, "Customs seized a limousine in Dandong in 2024.", ""));
        assertThat(first.getDuplicate()).isFalse();
        assertThat(again.getDuplicate()).isTrue();
        assertThat(counts()).isEqualTo(new Counts(before.sources() + 1, before.audit() + 1, before.ids()));
    }

    @Test
    void aFailedFirstCallKeepsNoIdSoItsRetryRuns() {
        String key = UUID.randomUUID().toString();
        String caseId = "idem-later-" + UUID.randomUUID();
        IngestSourceRequest req = ingest(caseId, "The car was delivered by air to Pyongyang in June 2024.", key);
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, () -> source.ingestSource(req));
        assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);
        cases.add(caseId); // the case exists now: the retry with the same id runs
        assertThat(source.ingestSource(req).getSource().getCaseId()).isEqualTo(caseId);
    }
}
