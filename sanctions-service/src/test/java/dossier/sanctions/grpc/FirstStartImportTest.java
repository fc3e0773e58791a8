package dossier.sanctions.grpc;

import dossier.sanctions.fakes.FakeEntityDirectory;
import dossier.sanctions.repository.DesignationRecord;
import dossier.sanctions.v1.ImportListRequest;
import dossier.sanctions.v1.ListFormat;
import dossier.sanctions.v1.ScreenRequest;
import dossier.sanctions.v1.ScreeningServiceGrpc;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** First start with an empty store: both shipped lists are imported in the background, then the service is ready. */
@QuarkusTest
@TestProfile(FirstStartImportTest.ImportOnStart.class)
class FirstStartImportTest {
    public static class ImportOnStart implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // a first start needs an empty store
            return FreshStore.config("first-start", Map.of("dossier.lists.import-on-start", "true"));
        }
    }

    @Inject
    FakeEntityDirectory entities;
    @GrpcClient("sanctions")
    ScreeningServiceGrpc.ScreeningServiceBlockingStub screening;

    @Test
    void importsBothShippedListsWithinSecondsAndThenBecomesReady() throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (RestAssured.get("/q/health/ready").statusCode() != 200 && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }
        assertThat(RestAssured.get("/q/health/ready").statusCode()).isEqualTo(200);
        long un = QuarkusTransaction.requiringNew().call(() -> DesignationRecord.count("dataset", "un-sc"));
        long ofac = QuarkusTransaction.requiringNew().call(() -> DesignationRecord.count("dataset", "ofac-sdn"));
        assertThat(un).isEqualTo(737 + 272);
        assertThat(ofac).isEqualTo(14_965);
        assertThat(RestAssured.get("/q/health/ready").asString()).contains("done in");

        // The leader of the target state is found by his listed name, with the OFAC program.
        var hits = screening.screen(ScreenRequest.newBuilder().setName("Kim Jong Un").build()).getHitsList();
        assertThat(hits).anySatisfy(h -> {
            assertThat(h.getName()).isEqualTo("KIM, Jong Un");
            assertThat(h.getProgram()).isEqualTo("DPRK3");
            assertThat(h.getReference()).isEqualTo("20157");
            assertThat(h.getJurisdictionNote()).startsWith("US sanctions (OFAC)");
        });

        // Importing the shipped copy again changes nothing and is quick.
        long start = System.currentTimeMillis();
        var again = screening.importList(ImportListRequest.newBuilder().setFormat(ListFormat.OFAC_SDN_CSV).build());
        assertThat(again.getUnchanged()).isEqualTo(14_965);
        assertThat(again.getAdded() + again.getChanged() + again.getRemoved()).isZero();
        assertThat(System.currentTimeMillis() - start).isLessThan(30_000);
    }
}
