package dossier.sanctions.grpc;

import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.CaseServiceGrpc;
import dossier.sanctions.v1.CreateCaseRequest;
import dossier.sanctions.v1.EvaluateCaseRequest;
import dossier.sanctions.v1.EvaluateCaseResponse;
import dossier.sanctions.v1.GetCaseFileRequest;
import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.Verdict;
import dossier.source.v1.IngestSourceRequest;
import dossier.source.v1.SourceServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed case end to end against a running suite: DOSSIER_SANCTIONS_LIVE=host:port of this
 * service and DOSSIER_SOURCE_LIVE=host:port of source-service. Skipped otherwise.
 */
@EnabledIfEnvironmentVariable(named = "DOSSIER_SOURCE_LIVE", matches = ".+")
class LiveSeedCaseSmokeTest {

    @Test
    void seedArticlesYieldLuxuryAndVehicleVerdicts() throws Exception {
        ManagedChannel sanctions = ManagedChannelBuilder.forTarget(System.getenv("DOSSIER_SANCTIONS_LIVE")).usePlaintext().build();
        ManagedChannel source = ManagedChannelBuilder.forTarget(System.getenv("DOSSIER_SOURCE_LIVE")).usePlaintext().build();
        try {
            var cases = CaseServiceGrpc.newBlockingStub(sanctions).withDeadlineAfter(300, TimeUnit.SECONDS);
            var sources = SourceServiceGrpc.newBlockingStub(source).withDeadlineAfter(300, TimeUnit.SECONDS);
            String caseId = cases.createCase(CreateCaseRequest.newBuilder().setTitle("Seed case (live smoke test)").build()).getId();
            for (String seed : List.of("000_67ad9120401995df", "001_2248b182bfc2b647", "002_18073169071f57e8")) {
                try (InputStream in = getClass().getClassLoader().getResourceAsStream("seeds/" + seed + ".txt")) {
                    sources.ingestSource(IngestSourceRequest.newBuilder().setCaseId(caseId)
                            .setText(new String(in.readAllBytes(), StandardCharsets.UTF_8)).build());
                }
            }
            EvaluateCaseResponse r = cases.evaluateCase(EvaluateCaseRequest.newBuilder().setCaseId(caseId).build());
            r.getIncidentsList().forEach(i -> System.out.println("INCIDENT " + i.getSummary() + " [" + i.getItemClassification() + "]"));
            for (Verdict v : r.getVerdictsList()) {
                System.out.println("VERDICT " + v.getSummary());
            }
            CaseFile file = cases.getCaseFile(GetCaseFileRequest.newBuilder().setCaseId(caseId).build());
            file.getPartiesList().forEach(p -> System.out.println("PARTY " + p.getName() + " " + p.getRolesList() + " hits="
                    + p.getHitsList().stream().map(h -> h.getList() + ":" + h.getProgram()).toList()));
            System.out.println("WARNINGS " + file.getWarningsList());
            for (String m : List.of("UN-DPRK-LUX", "UN-DPRK-VEH")) {
                assertThat(r.getVerdictsList()).filteredOn(v -> v.getMeasureId().equals(m))
                        .anySatisfy(v -> assertThat(v.getOutcome()).isEqualTo(Outcome.VIOLATION));
            }
            // issue 18: the US and Russia-related exposures of the parties and of the maker, with their citations
            assertThat(r.getVerdictsList()).filteredOn(v -> v.getMeasureId().equals("US-EO14024")).anySatisfy(v -> {
                assertThat(v.getExposuresList()).anySatisfy(x -> assertThat(x.getParty()).contains("PUTIN"));
                assertThat(v.getExposuresList()).anySatisfy(x -> {
                    assertThat(x.getKind()).contains("manufacturer");
                    assertThat(x.getBasis()).contains("47956").contains("Executive Order 14024");
                });
            });
            assertThat(r.getVerdictsList()).filteredOn(v -> v.getMeasureId().equals("US-NKSPEA-104A"))
                    .anySatisfy(v -> assertThat(v.getExposuresList()).isNotEmpty());
            assertThat(file.getPartiesList()).anySatisfy(p -> {
                assertThat(p.getRolesList()).contains("manufacturer");
                assertThat(p.getHitsList()).anySatisfy(h -> assertThat(h.getProgram()).contains("RUSSIA-EO14024"));
            });
        } finally {
            sanctions.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
            source.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
