package dossier.sanctions.grpc;

import dossier.sanctions.mapping.ImportMapper;
import dossier.sanctions.service.ListImporter;
import dossier.sanctions.service.Screener;
import dossier.sanctions.v1.ImportListRequest;
import dossier.sanctions.v1.ImportListResponse;
import dossier.sanctions.v1.ListImportsRequest;
import dossier.sanctions.v1.ListImportsResponse;
import dossier.sanctions.v1.ScreenRequest;
import dossier.sanctions.v1.ScreenResponse;
import dossier.sanctions.v1.ScreeningServiceGrpc;
import dossier.support.idempotency.Idempotency;
import dossier.support.idempotency.ResponseCodec;
import dossier.support.security.CurrentActor;
import dossier.support.grpc.CheckedRequests;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.grpc.stub.StreamObserver;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;

import java.util.function.Supplier;

import static dossier.support.security.Roles.ANALYST;
import static dossier.support.security.Roles.AUDITOR;
import static dossier.support.security.Roles.INTEGRATOR;
import static dossier.support.security.Roles.LIST_ADMIN;
import static dossier.support.security.Roles.REVIEWER;

/**
 * dossier.sanctions.v1.ScreeningService. Screen runs on the event loop (integrators call it at high
 * rates; it waits only for entity-service); ImportList and ListImports use the database on a worker thread.
 * On the generated base class, not the Mutiny interface, so that {@link CheckedRequests} reads its requests.
 */
@GrpcService
@CheckedRequests
public class ScreeningGrpcService extends ScreeningServiceGrpc.ScreeningServiceImplBase {
    @Inject
    GrpcErrorMapper errors;
    @Inject
    Screener screener;
    @Inject
    ListImporter importer;
    @Inject
    CurrentActor currentActor;
    /** ImportList runs once per client_request_id (README, Retries). */
    @Inject
    Idempotency idempotency;

    @RolesAllowed({ANALYST, REVIEWER, INTEGRATOR, LIST_ADMIN})
    @Override
    public void screen(ScreenRequest request, StreamObserver<ScreenResponse> out) {
        screener.screenAsync(request).subscribe().with(answer -> {
            out.onNext(answer);
            out.onCompleted();
        }, failure -> out.onError(errors.transform(failure)));
    }

    @RolesAllowed({LIST_ADMIN})
    @Override
    @Blocking
    public void importList(ImportListRequest request, StreamObserver<ImportListResponse> out) {
        Supplier<ImportListResponse> work = () -> ImportMapper.toProto(importer.importList(ImportMapper.command(request, actor())));
        // a dry run writes nothing: it needs no id and keeps none
        out.onNext(request.getDryRun() ? work.get() : idempotency.run(request, ResponseCodec.whole(ImportListResponse.parser()), work));
        out.onCompleted();
    }

    @RolesAllowed({LIST_ADMIN, AUDITOR})
    @Override
    @Blocking
    public void listImports(ListImportsRequest request, StreamObserver<ListImportsResponse> out) {
        int limit = request.getLimit() == 0 ? 20 : request.getLimit();
        ListImportsResponse.Builder b = ListImportsResponse.newBuilder()
                .setTotal((int) importer.importCount(request.getDataset().strip()));
        importer.imports(request.getDataset().strip(), limit, request.getOffset()).forEach(r -> b.addImports(ImportMapper.toProto(r)));
        out.onNext(b.build());
        out.onCompleted();
    }

    /** Who imports, as the import record names them: the verified caller. */
    private String actor() {
        return currentActor.current().name();
    }
}
