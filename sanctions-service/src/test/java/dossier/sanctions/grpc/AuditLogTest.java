package dossier.sanctions.grpc;

import dossier.support.security.Roles;
import dossier.support.testing.AccessChecks;
import dossier.support.testing.TestCaller;
import dossier.support.testing.TestTokens;
import java.util.Set;
import dossier.audit.v1.AuditEntry;
import dossier.audit.v1.AuditServiceGrpc;
import dossier.audit.v1.GetAuditLogRequest;
import dossier.audit.v1.GetAuditLogResponse;
import dossier.audit.v1.VerifyAuditLogRequest;
import dossier.audit.v1.VerifyAuditLogResponse;
import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseServiceGrpc;
import dossier.sanctions.v1.CaseStatus;
import dossier.sanctions.v1.CreateCaseRequest;
import dossier.sanctions.v1.UpdateCaseRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The audit log of sanctions-service on its real store: every case change is recorded, concurrent
 * edits are refused, and rows tampered with in the database (edited, deleted, reordered) are found
 * by VerifyAuditLog.
 */
@QuarkusTest
class AuditLogTest {

    @GrpcClient("sanctions")
    CaseServiceGrpc.CaseServiceBlockingStub cases;
    @GrpcClient("sanctions")
    AuditServiceGrpc.AuditServiceBlockingStub audit;

    private Case create(String title) {
        return cases.createCase(CreateCaseRequest.newBuilder().setTitle(title).build());
    }

    private List<AuditEntry> logOf(String caseId) {
        return audit.getAuditLog(GetAuditLogRequest.newBuilder().setTarget("case:" + caseId).build()).getEntriesList();
    }

    private VerifyAuditLogResponse verify() {
        return audit.verifyAuditLog(VerifyAuditLogRequest.getDefaultInstance());
    }

    private static void sql(String statement) {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery(statement).executeUpdate());
    }

    private static String column(String column, long sequence) {
        return QuarkusTransaction.requiringNew().call(() -> (String) Panache.getEntityManager()
                .createNativeQuery("select " + column + " from audit_entry where seq_no = " + sequence).getSingleResult());
    }

    @Test
    void caseChangesAreRecordedWithBeforeAndAfter() {
        Case c = create("Audited matter");
        cases.updateCase(UpdateCaseRequest.newBuilder().setId(c.getId()).setStatus(CaseStatus.IN_REVIEW).setNotes("first look").build());
        List<AuditEntry> log = logOf(c.getId());
        assertThat(log).extracting(AuditEntry::getAction).containsExactly("case.update", "case.create");
        AuditEntry update = log.get(0);
        assertThat(update.getBefore()).contains("\"status\":\"OPEN\"").doesNotContain("title");
        assertThat(update.getAfter()).contains("\"status\":\"IN_REVIEW\"").contains("\"notes\":\"first look\"");
        assertThat(update.getPreviousHash()).isNotEqualTo(update.getHash());
        assertThat(update.getService()).isEqualTo("sanctions-service");
        assertThat(log.get(1).getSequence()).isLessThan(update.getSequence());
        // an update that changes nothing records nothing
        cases.updateCase(UpdateCaseRequest.newBuilder().setId(c.getId()).setStatus(CaseStatus.IN_REVIEW).build());
        assertThat(logOf(c.getId())).hasSize(2);
        assertThat(verify().getOk()).isTrue();
    }

    @Test
    void theLogIsPagedNewestFirst() {
        create("Paged one");
        create("Paged two");
        GetAuditLogResponse first = audit.getAuditLog(GetAuditLogRequest.newBuilder().setPageSize(1).build());
        assertThat(first.getEntriesList()).hasSize(1);
        GetAuditLogResponse second = audit.getAuditLog(GetAuditLogRequest.newBuilder().setPageSize(1)
                .setPageToken(first.getNextPageToken()).build());
        assertThat(second.getEntries(0).getSequence()).isEqualTo(first.getEntries(0).getSequence() - 1);
        StatusRuntimeException bad = catchThrowableOfType(StatusRuntimeException.class,
                () -> audit.getAuditLog(GetAuditLogRequest.newBuilder().setPageToken("x").build()));
        assertThat(bad.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsLost() {
        Case c = create("Two analysts at once");
        assertThat(c.getVersion()).isZero();
        Case mine = cases.updateCase(UpdateCaseRequest.newBuilder().setId(c.getId()).setNotes("mine").setExpectedVersion(0).build());
        assertThat(mine.getVersion()).isEqualTo(1);
        StatusRuntimeException stale = catchThrowableOfType(StatusRuntimeException.class, () -> cases.updateCase(
                UpdateCaseRequest.newBuilder().setId(c.getId()).setNotes("theirs").setExpectedVersion(0).build()));
        assertThat(stale.getStatus().getCode()).isEqualTo(Status.Code.ABORTED);
        assertThat(stale.getStatus().getDescription()).contains("changed by someone else");
        assertThat(cases.getCase(dossier.sanctions.v1.GetCaseRequest.newBuilder().setId(c.getId()).build()).getNotes()).isEqualTo("mine");
        // a client that sends no version: last write wins
        Case old = cases.updateCase(UpdateCaseRequest.newBuilder().setId(c.getId()).setNotes("legacy").build());
        assertThat(old.getNotes()).isEqualTo("legacy");
        assertThat(old.getVersion()).isEqualTo(2);
    }

    @Test
    void editedDeletedAndReorderedRowsAreFound() {
        create("Tamper one");
        create("Tamper two");
        create("Tamper three");
        long k = audit.getAuditLog(GetAuditLogRequest.newBuilder().setPageSize(1).build()).getEntries(0).getSequence() - 1;
        assertThat(verify().getOk()).isTrue();

        String after = column("after_json", k);
        sql("update audit_entry set after_json = '{\"title\":\"Nothing to see\"}' where seq_no = " + k);
        VerifyAuditLogResponse edited = verify();
        assertThat(edited.getOk()).isFalse();
        assertThat(edited.getBrokenSequence()).isEqualTo(k);
        assertThat(edited.getProblem()).contains("edited");
        sql("update audit_entry set after_json = '" + after.replace("'", "''") + "' where seq_no = " + k);
        assertThat(verify().getOk()).isTrue();

        sql("create table audit_saved as select * from audit_entry where seq_no = " + k);
        sql("delete from audit_entry where seq_no = " + k);
        VerifyAuditLogResponse deleted = verify();
        assertThat(deleted.getOk()).isFalse();
        assertThat(deleted.getBrokenSequence()).isEqualTo(k);
        assertThat(deleted.getProblem()).contains("missing");
        sql("insert into audit_entry select * from audit_saved");
        sql("drop table audit_saved");
        assertThat(verify().getOk()).isTrue();

        swap(k - 1, k);
        VerifyAuditLogResponse reordered = verify();
        assertThat(reordered.getOk()).isFalse();
        assertThat(reordered.getBrokenSequence()).isEqualTo(k - 1);
        assertThat(reordered.getProblem()).contains("reordered");
        swap(k - 1, k);
        assertThat(verify().getOk()).isTrue();
    }

    private static void swap(long a, long b) {
        sql("update audit_entry set seq_no = -1 where seq_no = " + a);
        sql("update audit_entry set seq_no = " + a + " where seq_no = " + b);
        sql("update audit_entry set seq_no = " + b + " where seq_no = -1");
    }

    @Test
    void onlyAnAuditorReadsOrVerifiesTheLog() {
        AccessChecks.onlyRolesMayCall(Set.of(Roles.AUDITOR), () -> audit.getAuditLog(GetAuditLogRequest.getDefaultInstance()), this::verify);
    }

    @Test
    void theActorIsTheSignedInUser() {
        String token = TestTokens.token("ivana", Set.of(Roles.ANALYST));
        Case c = TestCaller.as(token, () -> cases.createCase(CreateCaseRequest.newBuilder().setTitle("Whose change").build()));
        TestCaller.as(token, () -> cases.updateCase(UpdateCaseRequest.newBuilder().setId(c.getId()).setNotes("by ivana").build()));
        assertThat(logOf(c.getId())).extracting(AuditEntry::getActor).containsExactly("ivana", "ivana");
    }
}
