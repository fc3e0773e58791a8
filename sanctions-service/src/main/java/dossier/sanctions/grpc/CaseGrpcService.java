package dossier.sanctions.grpc;

import dossier.sanctions.v1.CaseStatus;
import dossier.support.idempotency.Idempotency;
import dossier.support.idempotency.ResponseCodec;
import dossier.support.security.CurrentActor;
import io.grpc.Status;
import jakarta.annotation.security.RolesAllowed;
import static dossier.support.security.Roles.ANALYST;
import static dossier.support.security.Roles.INTEGRATOR;
import static dossier.support.security.Roles.REVIEWER;

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
import dossier.support.grpc.CheckedRequests;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;

/** dossier.sanctions.v1.CaseService: thin, errors go through GrpcErrorMapper. */
@GrpcService
@CheckedRequests
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
    @Inject
    CurrentActor actors;
    /** CreateCase, OverrideVerdict and DismissHit run once per client_request_id (README, Retries). */
    @Inject
    Idempotency idempotency;

    @RolesAllowed({ANALYST, REVIEWER, INTEGRATOR})
    @Override
    public void createCase(CreateCaseRequest request, StreamObserver<Case> out) {
        reply(out, idempotency.run(request, ResponseCodec.whole(Case.parser()), () -> cases.create(request)));
    }

    @RolesAllowed({ANALYST, REVIEWER, INTEGRATOR})
    @Override
    public void getCase(GetCaseRequest request, StreamObserver<Case> out) {
        reply(out, cases.get(request.getId()));
    }

    @RolesAllowed({ANALYST, REVIEWER, INTEGRATOR})
    @Override
    public void listCases(ListCasesRequest request, StreamObserver<ListCasesResponse> out) {
        reply(out, cases.list(request));
    }

    @RolesAllowed({ANALYST, REVIEWER})
    @Override
    public void updateCase(UpdateCaseRequest request, StreamObserver<Case> out) {
        if (request.getStatus() == CaseStatus.CLOSED && !actors.current().has(REVIEWER)) {
            throw Status.PERMISSION_DENIED.withDescription("closing a case needs the reviewer role").asRuntimeException();
        }
        reply(out, cases.update(request));
    }

    @RolesAllowed({ANALYST, REVIEWER})
    @Override
    public void evaluateCase(EvaluateCaseRequest request, StreamObserver<EvaluateCaseResponse> out) {
        reply(out, evaluator.evaluate(request.getCaseId(), request.getReason(), request.getCaseOnly()));
    }

    @RolesAllowed({ANALYST, REVIEWER, INTEGRATOR})
    @Override
    public void getCaseFile(GetCaseFileRequest request, StreamObserver<CaseFile> out) {
        reply(out, files.assemble(request.getCaseId(), request.getEvidenceByReference()));
    }

    @RolesAllowed({ANALYST, REVIEWER, INTEGRATOR})
    @Override
    public void exportCaseFile(ExportCaseFileRequest request, StreamObserver<ExportCaseFileResponse> out) {
        CaseFileExporter.requireFormat(request.getFormat());
        reply(out, CaseFileExporter.export(files.assemble(request.getCaseId()), request.getFormat()));
    }

    @RolesAllowed({REVIEWER})
    @Override
    public void overrideVerdict(OverrideVerdictRequest request, StreamObserver<Verdict> out) {
        // the token names who overrides; the request's analyst field is not trusted
        reply(out, idempotency.run(request, ResponseCodec.whole(Verdict.parser()),
                () -> review.override(request.toBuilder().setAnalyst(actors.current().name()).build())));
    }

    @RolesAllowed({ANALYST, REVIEWER, INTEGRATOR})
    @Override
    public void getCaseHistory(GetCaseHistoryRequest request, StreamObserver<GetCaseHistoryResponse> out) {
        reply(out, review.history(request));
    }

    @RolesAllowed({REVIEWER})
    @Override
    public void dismissHit(DismissHitRequest request, StreamObserver<ScreeningHit> out) {
        reply(out, idempotency.run(request, ResponseCodec.whole(ScreeningHit.parser()),
                () -> review.dismissHit(request.toBuilder().setAnalyst(actors.current().name()).build())));
    }

    static <T> void reply(StreamObserver<T> out, T value) {
        out.onNext(value);
        out.onCompleted();
    }
}
