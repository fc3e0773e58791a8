package dossier.entity.grpc;

import dossier.entity.matching.MatchSubject;
import dossier.entity.matching.SubjectName;
import dossier.entity.testdata.OfacFixture;
import dossier.entity.v1.Entity;
import dossier.entity.v1.EntityServiceGrpc;
import dossier.entity.v1.MatchEntitiesRequest;
import dossier.entity.v1.Name;
import dossier.entity.v1.NameKind;
import dossier.entity.v1.Schema;
import dossier.entity.v1.UpsertEntitiesRequest;
import dossier.entity.v1.UpsertEntitiesResponse;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first-start import of the whole OFAC SDN list through UpsertEntities, as sanctions-service
 * does it (batches of 5,000), then again (all unchanged). Opt-in, because it fills the store the
 * other contract tests share: {@code ./mvnw -B test -pl entity-service -Dtest=BulkImportTimingTest -Dentity.bulk=true}.
 */
@QuarkusTest
class BulkImportTimingTest {

    @GrpcClient("entity")
    EntityServiceGrpc.EntityServiceBlockingStub entities;

    @Test
    void theWholeSdnListImportsAndIsMatchable() {
        Assumptions.assumeTrue(Boolean.getBoolean("entity.bulk"), "bulk import timing is opt-in (-Dentity.bulk=true)");
        List<MatchSubject> all = OfacFixture.fullList();
        Assumptions.assumeTrue(all != null, "shared OFAC data not found");
        List<Entity> wire = new ArrayList<>();
        for (MatchSubject s : all) {
            Entity.Builder b = Entity.newBuilder().setKey(s.id()).setSchema(Schema.valueOf(s.schema()))
                    .addAllBirthDates(s.birthDates()).addAllCountries(s.countries()).addDatasets("ofac-sdn").setVerified(true);
            for (SubjectName n : s.names()) b.addNames(Name.newBuilder().setValue(n.value()).setKind(NameKind.PRIMARY));
            wire.add(b.build());
        }
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            int added = 0, unchanged = 0;
            for (int i = 0; i < wire.size(); i += 5000) {
                UpsertEntitiesResponse r = entities.upsertEntities(UpsertEntitiesRequest.newBuilder()
                        .addAllEntities(wire.subList(i, Math.min(wire.size(), i + 5000))).build());
                added += r.getAdded();
                unchanged += r.getUnchanged();
            }
            System.out.printf("round %d: %d entities (%d added, %d unchanged) in %d ms%n", round, wire.size(), added,
                    unchanged, (System.nanoTime() - t0) / 1_000_000);
            assertThat(added + unchanged).isEqualTo(wire.size());
            if (round == 1) assertThat(unchanged).isEqualTo(wire.size());
        }
        assertThat(entities.matchEntities(MatchEntitiesRequest.newBuilder().setName("Kim Jong Un").build())
                .getMatches(0).getEntity().getCaption()).isEqualTo("KIM, Jong Un");
    }
}
