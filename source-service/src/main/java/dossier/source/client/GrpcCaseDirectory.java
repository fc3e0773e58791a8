package dossier.source.client;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dossier.sanctions.v1.CaseServiceGrpc;
import dossier.sanctions.v1.EvaluateCaseRequest;
import dossier.sanctions.v1.GetCaseRequest;
import dossier.source.domain.DependencyUnavailableException;
import dossier.support.security.CallerTokens;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;

/** {@link CaseDirectory} over sanctions-service's CaseService.GetCase. */
@ApplicationScoped
public class GrpcCaseDirectory implements CaseDirectory {

    private final CaseServiceGrpc.CaseServiceBlockingStub stub;
    private final CallerTokens tokens;

    @Inject
    public GrpcCaseDirectory(@GrpcClient("sanctions") CaseServiceGrpc.CaseServiceBlockingStub stub, CallerTokens tokens) {
        this.stub = stub;
        this.tokens = tokens;
    }

    @Override
    public boolean exists(String caseId) {
        try {
            stub.withDeadlineAfter(10, TimeUnit.SECONDS).getCase(GetCaseRequest.newBuilder().setId(caseId).build());
            return true;
        } catch (StatusRuntimeException e) {
            Status.Code code = e.getStatus().getCode();
            if (code == Status.Code.NOT_FOUND || code == Status.Code.INVALID_ARGUMENT) {
                return false;
            }
            throw new DependencyUnavailableException("sanctions-service", e);
        }
    }

    @Override
    public void evaluate(String caseId, String reason) {
        try {
            // an evaluation screens every party of the case: allow it more time than a lookup
            // the system owes this evaluation, whoever ingested: it runs as the service account
            tokens.asService(() -> stub.withDeadlineAfter(120, TimeUnit.SECONDS)
                    .evaluateCase(EvaluateCaseRequest.newBuilder().setCaseId(caseId).setReason(reason).setCaseOnly(true).build()));
        } catch (StatusRuntimeException e) {
            Status.Code code = e.getStatus().getCode();
            if (code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED) {
                throw new DependencyUnavailableException("sanctions-service", e);
            }
            // refused, not unreachable: say what sanctions-service answered
            throw new IllegalStateException("sanctions-service refused the evaluation: " + code + ": " + e.getStatus().getDescription(), e);
        }
    }
}
