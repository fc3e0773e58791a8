package dossier.deploy.e2e;

import dossier.deploy.cli.Endpoints;
import dossier.deploy.e2e.Suite.Service;
import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseServiceGrpc;
import dossier.sanctions.v1.CreateCaseRequest;
import dossier.sanctions.v1.GetCaseRequest;
import dossier.sanctions.v1.UpdateCaseRequest;
import dossier.source.v1.IngestSourceRequest;
import dossier.source.v1.ListSourcesRequest;
import dossier.source.v1.SourceServiceGrpc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reply that says OK means the write survives a crash: writes are made through the public gRPC
 * API, the service is killed with SIGKILL right after the last reply (no shutdown, no flush, the
 * embedded stores' background commits not yet run), started again on the same data, and every
 * acknowledged write is there exactly once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashRecoveryIT {

    private static final Duration START = Duration.ofMinutes(3);

    private Suite suite;
    private Endpoints endpoints;

    @BeforeAll
    void startSuite() throws Exception {
        Path target = Suite.repo().resolve("deploy/target");
        Path data = Files.createTempDirectory(Files.createDirectories(target.resolve("e2e-data")), "crash");
        // no list import and no re-evaluation: only the writes under test touch the stores
        suite = new Suite(Suite.repo(), data, target.resolve("e2e-logs/crash"), Map.of(
                "DOSSIER_IMPORT_ON_START", "false", "DOSSIER_REEVALUATE_ON_INGEST", "false"));
        suite.startAndAwait(START, Service.ENTITY, Service.SOURCE, Service.SANCTIONS);
        endpoints = Suite.endpointsAs("reviewer");
    }

    @AfterAll
    void stopSuite() throws Exception {
        if (endpoints != null) {
            endpoints.close();
        }
        if (suite != null) {
            suite.close();
        }
    }

    private CaseServiceGrpc.CaseServiceBlockingStub cases() {
        return CaseServiceGrpc.newBlockingStub(endpoints.sanctions).withWaitForReady().withDeadlineAfter(60, TimeUnit.SECONDS);
    }

    private SourceServiceGrpc.SourceServiceBlockingStub sources() {
        return SourceServiceGrpc.newBlockingStub(endpoints.source).withWaitForReady().withDeadlineAfter(60, TimeUnit.SECONDS);
    }

    private void crashAndRestart(Service service) throws Exception {
        suite.kill(service);
        suite.startAndAwait(START, service);
    }

    @Test
    void aCaseCreatedAndUpdatedJustBeforeACrashOfSanctionsServiceIsThere() throws Exception {
        Case created = cases().createCase(CreateCaseRequest.newBuilder().setTitle("Crash test, 2026").build());
        cases().updateCase(UpdateCaseRequest.newBuilder().setId(created.getId()).setNotes("written just before the crash").build());
        crashAndRestart(Service.SANCTIONS);

        Case back = cases().getCase(GetCaseRequest.newBuilder().setId(created.getId()).build());
        assertThat(back.getTitle()).isEqualTo("Crash test, 2026");
        assertThat(back.getNotes()).isEqualTo("written just before the crash");
    }

    @Test
    void twelveSourcesIngestedJustBeforeACrashOfSourceServiceAreAllThereOnce() throws Exception {
        String caseId = cases().createCase(CreateCaseRequest.newBuilder().setTitle("Twelve sources").build()).getId();
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            ids.add(sources().ingestSource(IngestSourceRequest.newBuilder().setCaseId(caseId).setOutlet("Outlet " + i)
                    .setPublishedDate("2024-02-" + (10 + i))
                    .setText("Report " + i + ": a dealer shipped " + (10 + i) + " excavators to a trading company in Nampo.")
                    .build()).getSource().getId());
        }
        crashAndRestart(Service.SOURCE);

        List<String> stored = sources().listSources(ListSourcesRequest.newBuilder().setCaseId(caseId).build())
                .getSourcesList().stream().map(s -> s.getId()).toList();
        assertThat(stored).containsExactlyElementsOf(ids);
    }
}
