package dossier.web.client;

import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.CaseServiceGrpc;
import dossier.sanctions.v1.CreateCaseRequest;
import dossier.sanctions.v1.EvaluateCaseRequest;
import dossier.sanctions.v1.DismissHitRequest;
import dossier.sanctions.v1.EvaluateCaseResponse;
import dossier.sanctions.v1.ExportCaseFileRequest;
import dossier.sanctions.v1.ExportCaseFileResponse;
import dossier.sanctions.v1.ExportFormat;
import dossier.sanctions.v1.GetCaseFileRequest;
import dossier.sanctions.v1.GetCaseRequest;
import dossier.sanctions.v1.GetCaseHistoryRequest;
import dossier.sanctions.v1.GetCaseHistoryResponse;
import dossier.sanctions.v1.ListCasesRequest;
import dossier.sanctions.v1.ListCasesResponse;
import dossier.sanctions.v1.OverrideVerdictRequest;
import dossier.sanctions.v1.ScreeningHit;
import dossier.sanctions.v1.UpdateCaseRequest;
import dossier.sanctions.v1.Verdict;
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
        return ServiceCalls.read(SERVICE, "cases cannot be listed right now",
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
        return ServiceCalls.read(SERVICE, "the case file cannot be shown right now",
                // each evidence entry once: a fraction of the bytes to send and parse (CaseFileIndex.evidenceOf reads it)
                () -> stub(deadlines.standard()).getCaseFile(
                        GetCaseFileRequest.newBuilder().setCaseId(caseId).setEvidenceByReference(true).build()));
    }

    @Override
    public Case getCase(String caseId) {
        return ServiceCalls.read(SERVICE, "the case cannot be read right now",
                () -> stub(deadlines.standard()).getCase(GetCaseRequest.newBuilder().setId(caseId).build()));
    }

    @Override
    public Case updateCase(UpdateCaseRequest request) {
        return ServiceCalls.call(SERVICE, "the case cannot be changed right now",
                () -> stub(deadlines.standard()).updateCase(request));
    }

    @Override
    public ExportCaseFileResponse exportCaseFile(String caseId, ExportFormat format) {
        // a PDF of a large case takes longer than a read
        return ServiceCalls.read(SERVICE, "the case file cannot be exported right now",
                () -> stub(deadlines.processing()).exportCaseFile(
                        ExportCaseFileRequest.newBuilder().setCaseId(caseId).setFormat(format).build()));
    }

    @Override
    public Verdict overrideVerdict(OverrideVerdictRequest request) {
        return ServiceCalls.call(SERVICE, "the verdict cannot be overridden right now",
                () -> stub(deadlines.standard()).overrideVerdict(request));
    }

    @Override
    public GetCaseHistoryResponse caseHistory(String caseId, int limit, int offset) {
        return ServiceCalls.read(SERVICE, "the case history cannot be shown right now",
                () -> stub(deadlines.standard()).getCaseHistory(GetCaseHistoryRequest.newBuilder()
                        .setCaseId(caseId).setLimit(limit).setOffset(offset).build()));
    }

    @Override
    public ScreeningHit dismissHit(DismissHitRequest request) {
        return ServiceCalls.call(SERVICE, "the list hit cannot be changed right now",
                () -> stub(deadlines.standard()).dismissHit(request));
    }
}
