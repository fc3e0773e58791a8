package dossier.entity.grpc;

import dossier.entity.v1.Entity;
import dossier.entity.v1.EntityServiceGrpc;
import dossier.entity.v1.GetEntityRequest;
import dossier.entity.v1.Name;
import dossier.entity.v1.NameKind;
import dossier.entity.v1.Schema;
import dossier.entity.v1.UpsertEntitiesRequest;
import dossier.support.testing.TestCaller;
import dossier.support.testing.TestTokens;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who may call what on entity-service: the token decides, the server refuses (README, Security). */
@QuarkusTest
class EntityAccessTest {

    @GrpcClient("entity")
    EntityServiceGrpc.EntityServiceBlockingStub entities;

    private static UpsertEntitiesRequest listEntity(String name) {
        return UpsertEntitiesRequest.newBuilder().addEntities(Entity.newBuilder().setKey("un-sc:ACCESS-TEST").setSchema(Schema.PERSON)
                .addNames(Name.newBuilder().setValue(name).setKind(NameKind.PRIMARY)).addDatasets("un-sc")).build();
    }

    @Test
    void aCallWithoutATokenIsUnauthenticated() {
        assertThatThrownBy(() -> TestCaller.anonymous(() -> entities.getEntity(GetEntityRequest.newBuilder().setId("x").build())))
                .isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
                    assertThat(e.getStatus().getDescription()).contains("bearer access token");
                });
    }

    @Test
    void aForgedTokenIsUnauthenticated() {
        String forged = TestTokens.forRole("list-admin");
        String tampered = forged.substring(0, forged.length() - 4) + (forged.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThatThrownBy(() -> TestCaller.as(tampered, () -> entities.upsertEntities(listEntity("Forged Name"))))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED));
    }

    @Test
    void onlyAListAdminWritesEntities() {
        for (String role : Set.of("analyst", "reviewer", "integrator", "auditor")) {
            assertThatThrownBy(() -> TestCaller.as(TestTokens.forRole(role), () -> entities.upsertEntities(listEntity("Renamed By " + role))))
                    .as(role)
                    .isInstanceOfSatisfying(StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
        }
        assertThat(TestCaller.as(TestTokens.forRole("list-admin"), () -> entities.upsertEntities(listEntity("Real Name"))).getResultsCount())
                .isEqualTo(1);
    }

    @Test
    void anAuditorReadsNoEntities() {
        assertThatThrownBy(() -> TestCaller.as(TestTokens.forRole("auditor"), () -> entities.getEntity(GetEntityRequest.newBuilder().setId("x").build())))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.PERMISSION_DENIED));
    }
}
