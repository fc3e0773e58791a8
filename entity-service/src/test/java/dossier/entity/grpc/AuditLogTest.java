package dossier.entity.grpc;

import dossier.support.security.Roles;
import dossier.support.testing.AccessChecks;
import dossier.support.testing.TestCaller;
import dossier.support.testing.TestTokens;
import java.util.Set;
import dossier.audit.v1.AuditEntry;
import dossier.audit.v1.AuditServiceGrpc;
import dossier.audit.v1.GetAuditLogRequest;
import dossier.audit.v1.VerifyAuditLogRequest;
import dossier.audit.v1.VerifyAuditLogResponse;
import dossier.entity.v1.Entity;
import dossier.entity.v1.EntityServiceGrpc;
import dossier.entity.v1.Judgement;
import dossier.entity.v1.Name;
import dossier.entity.v1.NameKind;
import dossier.entity.v1.RecordDecisionRequest;
import dossier.entity.v1.Schema;
import dossier.entity.v1.UpsertEntitiesRequest;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** entity-service records upserts that change something and same-entity judgements, in a chain that verifies. */
@QuarkusTest
class AuditLogTest {

    @GrpcClient("entity")
    EntityServiceGrpc.EntityServiceBlockingStub entities;
    @GrpcClient("entity")
    AuditServiceGrpc.AuditServiceBlockingStub audit;

    private static Entity person(String key, String name) {
        return Entity.newBuilder().setKey(key).setSchema(Schema.PERSON)
                .addNames(Name.newBuilder().setValue(name).setKind(NameKind.PRIMARY)).addDatasets("audit-test").build();
    }

    private String upsert(Entity e) {
        return entities.upsertEntities(UpsertEntitiesRequest.newBuilder().addEntities(e).build()).getResults(0).getId();
    }

    private List<AuditEntry> logOf(String target) {
        return audit.getAuditLog(GetAuditLogRequest.newBuilder().setTarget(target).build()).getEntriesList();
    }

    private VerifyAuditLogResponse verify() {
        return audit.verifyAuditLog(VerifyAuditLogRequest.getDefaultInstance());
    }

    @Test
    void upsertsAndJudgementsAreRecorded() {
        String key = "audit-test:" + UUID.randomUUID();
        String left = upsert(person(key, "Ivan Auditov"));
        upsert(person(key, "Ivan Auditov")); // unchanged: nothing to record
        upsert(person(key, "Ivan A. Auditov"));
        List<AuditEntry> upserts = logOf("entity:" + key);
        assertThat(upserts).extracting(AuditEntry::getAction).containsExactly("entity.upsert", "entity.upsert");
        assertThat(upserts.get(0).getAfter()).contains("changed " + key);
        assertThat(upserts.get(1).getAfter()).contains("added " + key);

        String right = upsert(person("audit-test:" + UUID.randomUUID(), "Ivan Auditov"));
        entities.recordDecision(RecordDecisionRequest.newBuilder().setLeftEntityId(left).setRightEntityId(right)
                .setJudgement(Judgement.SAME).setAnalyst("ana").setNote("same passport").build());
        AuditEntry decision = audit.getAuditLog(GetAuditLogRequest.newBuilder().setPageSize(1).build()).getEntries(0);
        assertThat(decision.getAction()).isEqualTo("entity.decision");
        assertThat(decision.getAfter()).contains("\"judgement\":\"SAME\"");
        assertThat(decision.getReason()).isEqualTo("same passport");
        assertThat(decision.getService()).isEqualTo("entity-service");
        assertThat(verify().getOk()).isTrue();
    }

    @Test
    void onlyAnAuditorReadsOrVerifiesTheLog() {
        AccessChecks.onlyRolesMayCall(Set.of(Roles.AUDITOR), () -> audit.getAuditLog(GetAuditLogRequest.getDefaultInstance()), this::verify);
    }

    @Test
    void theActorIsTheSignedInUserNotTheRequestsAnalystField() {
        String token = TestTokens.token("rita", Set.of(Roles.REVIEWER));
        String left = upsert(person("audit-test:" + UUID.randomUUID(), "Rita Left"));
        String right = upsert(person("audit-test:" + UUID.randomUUID(), "Rita Right"));
        TestCaller.as(token, () -> entities.recordDecision(RecordDecisionRequest.newBuilder().setLeftEntityId(left)
                .setRightEntityId(right).setJudgement(Judgement.NOT_SAME).setAnalyst("someone-else").build()));
        AuditEntry decision = audit.getAuditLog(GetAuditLogRequest.newBuilder().setPageSize(1).build()).getEntries(0);
        assertThat(decision.getAction()).isEqualTo("entity.decision");
        assertThat(decision.getActor()).isEqualTo("rita");
    }
}
