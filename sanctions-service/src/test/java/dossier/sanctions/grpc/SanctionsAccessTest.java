package dossier.sanctions.grpc;

import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseServiceGrpc;
import dossier.sanctions.v1.CaseStatus;
import dossier.sanctions.v1.CreateCaseRequest;
import dossier.sanctions.v1.EvaluateCaseRequest;
import dossier.sanctions.v1.ImportListRequest;
import dossier.sanctions.v1.ListCasesRequest;
import dossier.sanctions.v1.ScreeningServiceGrpc;
import dossier.sanctions.v1.UpdateCaseRequest;
import dossier.support.testing.TestCaller;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What each role may do on sanctions-service (README, Security), refused on the server whatever a client shows. */
@QuarkusTest
class SanctionsAccessTest {

    @GrpcClient("sanctions")
    CaseServiceGrpc.CaseServiceBlockingStub cases;
    @GrpcClient("sanctions")
    ScreeningServiceGrpc.ScreeningServiceBlockingStub screening;

    private CaseServiceGrpc.CaseServiceBlockingStub casesAs(String role) {
        return cases.withInterceptors(TestCaller.signedInAs(role + "-user", Set.of(role)));
    }

    private static Status.Code code(Runnable call) {
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class, call::run);
        return e == null ? Status.Code.OK : e.getStatus().getCode();
    }

    @Test
    void anAnalystWorksACaseButOnlyAReviewerClosesIt() {
        Case c = casesAs("analyst").createCase(CreateCaseRequest.newBuilder().setTitle("Access: closing").build());
        UpdateCaseRequest close = UpdateCaseRequest.newBuilder().setId(c.getId()).setStatus(CaseStatus.CLOSED).build();
        assertThat(code(() -> casesAs("analyst").updateCase(close))).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(casesAs("analyst").updateCase(UpdateCaseRequest.newBuilder().setId(c.getId()).setStatus(CaseStatus.IN_REVIEW).build())
                .getStatus()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(casesAs("reviewer").updateCase(close).getStatus()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void anIntegratorCreatesAndReadsButNeitherEvaluatesNorImportsLists() {
        Case c = casesAs("integrator").createCase(CreateCaseRequest.newBuilder().setTitle("Access: integrator").build());
        assertThat(casesAs("integrator").listCases(ListCasesRequest.newBuilder().build()).getCasesList())
                .anyMatch(k -> k.getId().equals(c.getId()));
        assertThat(code(() -> casesAs("integrator").evaluateCase(EvaluateCaseRequest.newBuilder().setCaseId(c.getId()).build())))
                .isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(code(() -> screening.withInterceptors(TestCaller.signedInAs("i", Set.of("integrator")))
                .importList(ImportListRequest.newBuilder().build()))).isEqualTo(Status.Code.PERMISSION_DENIED);
    }

    @Test
    void anAuditorReadsNoCasesAndAnAnonymousCallerNothing() {
        assertThat(code(() -> casesAs("auditor").listCases(ListCasesRequest.newBuilder().build()))).isEqualTo(Status.Code.PERMISSION_DENIED);
        assertThat(code(() -> TestCaller.anonymous(() -> cases.listCases(ListCasesRequest.newBuilder().build()))))
                .isEqualTo(Status.Code.UNAUTHENTICATED);
    }
}
