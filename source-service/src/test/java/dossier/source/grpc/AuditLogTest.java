package dossier.source.grpc;

import dossier.support.security.Roles;
import dossier.support.testing.AccessChecks;
import dossier.support.testing.TestCaller;
import dossier.support.testing.TestTokens;
import java.util.Set;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dossier.audit.v1.AuditEntry;
import dossier.audit.v1.AuditServiceGrpc;
import dossier.audit.v1.GetAuditLogRequest;
import dossier.audit.v1.VerifyAuditLogRequest;
import dossier.audit.v1.VerifyAuditLogResponse;
import dossier.source.support.FakeCaseDirectory;
import dossier.source.v1.IngestSourceRequest;
import dossier.source.v1.SourceServiceGrpc;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * IngestSource is recorded in source-service's audit chain, and entries tampered with through the
 * MongoDB driver (edited, deleted, reordered) are found by VerifyAuditLog.
 */
@QuarkusTest
class AuditLogTest {

    @GrpcClient("source")
    SourceServiceGrpc.SourceServiceBlockingStub source;
    @GrpcClient("source")
    AuditServiceGrpc.AuditServiceBlockingStub audit;
    @Inject
    FakeCaseDirectory cases;
    @Inject
    MongoDatabase db;

    private String ingest(String caseId, String text) {
        return source.ingestSource(IngestSourceRequest.newBuilder().setCaseId(caseId).setTitle("Note " + text.hashCode())
                .setText(text).build()).getSource().getId();
    }

    private VerifyAuditLogResponse verify() {
        return audit.verifyAuditLog(VerifyAuditLogRequest.getDefaultInstance());
    }

    @Test
    void ingestsAreRecordedAndTamperingIsFound() {
        String caseId = "audit-" + System.nanoTime();
        cases.add(caseId);
        String id = ingest(caseId, "The ship left Nampo on 3 May 2019 with coal on board.");
        ingest(caseId, "A second report says the vessel reached Vladivostok a week later.");
        ingest(caseId, "A third report names the operator of the vessel.");
        AuditEntry first = audit.getAuditLog(GetAuditLogRequest.newBuilder().setTarget("source:" + id).build()).getEntries(0);
        assertThat(first.getAction()).isEqualTo("source.ingest");
        assertThat(first.getAfter()).contains(caseId);
        assertThat(first.getService()).isEqualTo("source-service");
        assertThat(verify().getOk()).isTrue();

        MongoCollection<Document> log = db.getCollection("audit_log");
        long k = audit.getAuditLog(GetAuditLogRequest.newBuilder().setPageSize(1).build()).getEntries(0).getSequence() - 1;
        Document row = log.find(Filters.eq("_id", k)).first();
        Document before = log.find(Filters.eq("_id", k - 1)).first();

        log.replaceOne(Filters.eq("_id", k), new Document(row).append("actor", "someone else"));
        VerifyAuditLogResponse edited = verify();
        assertThat(edited.getOk()).isFalse();
        assertThat(edited.getBrokenSequence()).isEqualTo(k);
        assertThat(edited.getProblem()).contains("edited");
        log.replaceOne(Filters.eq("_id", k), row);
        assertThat(verify().getOk()).isTrue();

        log.deleteOne(Filters.eq("_id", k));
        VerifyAuditLogResponse deleted = verify();
        assertThat(deleted.getOk()).isFalse();
        assertThat(deleted.getBrokenSequence()).isEqualTo(k);
        assertThat(deleted.getProblem()).contains("missing");
        log.insertOne(row);
        assertThat(verify().getOk()).isTrue();

        // the two rows swap places (each takes the other's sequence)
        log.replaceOne(Filters.eq("_id", k - 1), new Document(row).append("_id", k - 1));
        log.replaceOne(Filters.eq("_id", k), new Document(before).append("_id", k));
        VerifyAuditLogResponse reordered = verify();
        assertThat(reordered.getOk()).isFalse();
        assertThat(reordered.getBrokenSequence()).isEqualTo(k - 1);
        assertThat(reordered.getProblem()).contains("reordered");
        log.replaceOne(Filters.eq("_id", k - 1), before);
        log.replaceOne(Filters.eq("_id", k), row);
        assertThat(verify().getOk()).isTrue();
    }

    @Test
    void onlyAnAuditorReadsOrVerifiesTheLog() {
        AccessChecks.onlyRolesMayCall(Set.of(Roles.AUDITOR), () -> audit.getAuditLog(GetAuditLogRequest.getDefaultInstance()), this::verify);
    }

    @Test
    void theActorIsTheSignedInUser() {
        String caseId = "audit-" + System.nanoTime();
        cases.add(caseId);
        String id = TestCaller.as(TestTokens.token("ingo", Set.of(Roles.INTEGRATOR)),
                () -> ingest(caseId, "An integrator's feed reports the vessel in port."));
        AuditEntry entry = audit.getAuditLog(GetAuditLogRequest.newBuilder().setTarget("source:" + id).build()).getEntries(0);
        assertThat(entry.getActor()).isEqualTo("ingo");
    }
}
