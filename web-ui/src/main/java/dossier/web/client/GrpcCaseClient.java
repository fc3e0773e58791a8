package dossier.web.client;

import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.CaseServiceGrpc;
import dossier.sanctions.v1.CreateCaseRequest;
import dossier.sanctions.v1.EvaluateCaseRequest;
import dossier.sanctions.v1.EvaluateCaseResponse;
import dossier.sanctions.v1.GetCaseFileRequest;
import dossier.sanctions.v1.ListCasesRequest;
import dossier.sanctions.v1.ListCasesResponse;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;

@ApplicationScoped
public class GrpcCaseClient implements CaseClient {

    @GrpcClient("sanctions")
    CaseServiceGrpc.CaseServiceBlockingStub stub;

    @Inject
    CallDeadlines deadlines;

    private CaseServiceGrpc.CaseServiceBlockingStub stub(java.time.Duration deadline) {
        return stub.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public ListCasesResponse listCases(int limit, int offset) {
        return ServiceCalls.call(SERVICE, "cases cannot be listed right now",
                () -> stub(deadlines.standard()).listCases(
                        ListCasesRequest.newBuilder().setLimit(limit).setOffset(offset).build()));
    }

    @Override
    public Case createCase(String title, String description, String analyst) {
        return ServiceCalls.call(SERVICE, "the case cannot be created right now",
                () -> stub(deadlines.standard()).createCase(CreateCaseRequest.newBuilder()
                        .setTitle(title).setDescription(description).setAssignedAnalyst(analyst).build()));
    }

    @Override
    public EvaluateCaseResponse evaluateCase(String caseId) {
        return ServiceCalls.call(SERVICE, "the case cannot be evaluated right now",
                () -> stub(deadlines.processing()).evaluateCase(
                        EvaluateCaseRequest.newBuilder().setCaseId(caseId).build()));
    }

    @Override
    public CaseFile getCaseFile(String caseId) {
        return ServiceCalls.call(SERVICE, "the case file cannot be shown right now",
                () -> stub(deadlines.standard()).getCaseFile(
                        GetCaseFileRequest.newBuilder().setCaseId(caseId).build()));
    }
}
