package dossier.sanctions.grpc;

import dossier.sanctions.export.CaseFileExporter;
import dossier.sanctions.service.CaseEvaluator;
import dossier.sanctions.service.CaseFileAssembler;
import dossier.sanctions.service.CaseManager;
import dossier.sanctions.service.CaseReview;
import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.CaseServiceGrpc;
import dossier.sanctions.v1.CreateCaseRequest;
import dossier.sanctions.v1.DismissHitRequest;
import dossier.sanctions.v1.EvaluateCaseRequest;
import dossier.sanctions.v1.EvaluateCaseResponse;
import dossier.sanctions.v1.ExportCaseFileRequest;
import dossier.sanctions.v1.ExportCaseFileResponse;
import dossier.sanctions.v1.GetCaseFileRequest;
import dossier.sanctions.v1.GetCaseHistoryRequest;
import dossier.sanctions.v1.GetCaseHistoryResponse;
import dossier.sanctions.v1.GetCaseRequest;
import dossier.sanctions.v1.ListCasesRequest;
import dossier.sanctions.v1.ListCasesResponse;
import dossier.sanctions.v1.OverrideVerdictRequest;
import dossier.sanctions.v1.ScreeningHit;
import dossier.sanctions.v1.UpdateCaseRequest;
import dossier.sanctions.v1.Verdict;
import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;

/** dossier.sanctions.v1.CaseService: thin, errors go through GrpcErrorMapper. */
@GrpcService
@Blocking
public class CaseGrpcService extends CaseServiceGrpc.CaseServiceImplBase {
    @Inject
    CaseManager cases;
    @Inject
    CaseEvaluator evaluator;
    @Inject
    CaseFileAssembler files;
    @Inject
    CaseReview review;

    @Override
    public void createCase(CreateCaseRequest request, StreamObserver<Case> out) {
        Case created;
        try {
            created = cases.create(request);
        } catch (RuntimeException e) {
            if (request.getClientRequestId().isBlank() || !CaseManager.isUniqueKeyViolation(e)) {
                throw e;
            }
            // a retry with the same key committed first: its case is the answer
            created = cases.create(request);
        }
        reply(out, created);
    }

    @Override
    public void getCase(GetCaseRequest request, StreamObserver<Case> out) {
        reply(out, cases.get(request.getId()));
    }

    @Override
    public void listCases(ListCasesRequest request, StreamObserver<ListCasesResponse> out) {
        reply(out, cases.list(request));
    }

    @Override
    public void updateCase(UpdateCaseRequest request, StreamObserver<Case> out) {
        reply(out, cases.update(request));
    }

    @Override
    public void evaluateCase(EvaluateCaseRequest request, StreamObserver<EvaluateCaseResponse> out) {
        reply(out, evaluator.evaluate(request.getCaseId(), request.getReason(), request.getCaseOnly()));
    }

    @Override
    public void getCaseFile(GetCaseFileRequest request, StreamObserver<CaseFile> out) {
        reply(out, files.assemble(request.getCaseId()));
    }

    @Override
    public void exportCaseFile(ExportCaseFileRequest request, StreamObserver<ExportCaseFileResponse> out) {
        CaseFileExporter.requireFormat(request.getFormat());
        reply(out, CaseFileExporter.export(files.assemble(request.getCaseId()), request.getFormat()));
    }

    @Override
    public void overrideVerdict(OverrideVerdictRequest request, StreamObserver<Verdict> out) {
        reply(out, review.override(request));
    }

    @Override
    public void getCaseHistory(GetCaseHistoryRequest request, StreamObserver<GetCaseHistoryResponse> out) {
        reply(out, review.history(request));
    }

    @Override
    public void dismissHit(DismissHitRequest request, StreamObserver<ScreeningHit> out) {
        reply(out, review.dismissHit(request));
    }

    static <T> void reply(StreamObserver<T> out, T value) {
        out.onNext(value);
        out.onCompleted();
    }
}
