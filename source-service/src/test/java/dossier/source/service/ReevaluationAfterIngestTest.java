package dossier.source.service;

import dossier.source.support.FakeCaseDirectory;
import dossier.source.v1.IngestSourceRequest;
import dossier.source.v1.ListSourcesRequest;
import dossier.source.v1.SourceServiceGrpc;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With re-evaluation on (the other tests switch it off): an ingest asks sanctions-service to
 * evaluate its case, and so does the same text sent again — which is how the retry of an ingest
 * whose process was killed after storing the source, and before recording the evaluation owed,
 * arrives (the fault suite found such a case never re-evaluated).
 */
@QuarkusTest
@TestProfile(ReevaluationAfterIngestTest.ReevaluationOn.class)
class ReevaluationAfterIngestTest {

    public static class ReevaluationOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("dossier.reevaluate-on-ingest", "true", "dossier.reevaluate-min-interval", "PT0S");
        }
    }

    @GrpcClient("source")
    SourceServiceGrpc.SourceServiceBlockingStub source;
    @Inject
    FakeCaseDirectory cases;

    @Test
    void theSameTextAgainOwesItsCaseAnEvaluationAgain() throws InterruptedException {
        String caseId = "reeval-" + UUID.randomUUID();
        cases.add(caseId);
        IngestSourceRequest req = IngestSourceRequest.newBuilder().setCaseId(caseId).setTitle("Cars unloaded at Nampo")
                .setOutlet("Wire").setText("A vessel unloaded 40 luxury cars at Nampo in May 2019, officials said.").build();

        assertThat(source.ingestSource(req).getDuplicate()).isFalse();
        assertThat(within(Duration.ofSeconds(30), () -> evaluationsOf(caseId) == 1 && nothingOwed(caseId)))
                .as("evaluated once after the ingest: %s", cases.evaluations()).isTrue();

        assertThat(source.ingestSource(req).getDuplicate()).isTrue();
        assertThat(within(Duration.ofSeconds(30), () -> evaluationsOf(caseId) == 2 && nothingOwed(caseId)))
                .as("evaluated again after the same text came again: %s", cases.evaluations()).isTrue();
        assertThat(cases.evaluations()).filteredOn(e -> e.startsWith(caseId))
                .allSatisfy(e -> assertThat(e).endsWith("source 'Cars unloaded at Nampo' added"));
    }

    private long evaluationsOf(String caseId) {
        return cases.evaluations().stream().filter(e -> e.startsWith(caseId + ":")).count();
    }

    private boolean nothingOwed(String caseId) {
        return !source.listSources(ListSourcesRequest.newBuilder().setCaseId(caseId).build()).hasEvaluation();
    }

    private static boolean within(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }
}
