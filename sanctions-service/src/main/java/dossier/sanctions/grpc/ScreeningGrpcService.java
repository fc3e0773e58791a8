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
import dossier.sanctions.v1.ScreeningService;
import dossier.support.idempotency.Idempotency;
import dossier.support.idempotency.ResponseCodec;
import dossier.support.security.CurrentActor;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
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
 */
@GrpcService
public class ScreeningGrpcService implements ScreeningService {
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
    public Uni<ScreenResponse> screen(ScreenRequest request) {
        return screener.screenAsync(request);
    }

    @RolesAllowed({LIST_ADMIN})
    @Override
    @Blocking
    public Uni<ImportListResponse> importList(ImportListRequest request) {
        Supplier<ImportListResponse> work = () -> ImportMapper.toProto(importer.importList(ImportMapper.command(request, actor())));
        // a dry run writes nothing: it needs no id and keeps none
        return Uni.createFrom().item(() -> request.getDryRun() ? work.get()
                : idempotency.run(request, ResponseCodec.whole(ImportListResponse.parser()), work));
    }

    @RolesAllowed({LIST_ADMIN, AUDITOR})
    @Override
    @Blocking
    public Uni<ListImportsResponse> listImports(ListImportsRequest request) {
        return Uni.createFrom().item(() -> {
            int limit = request.getLimit() == 0 ? 20 : request.getLimit();
            ListImportsResponse.Builder b = ListImportsResponse.newBuilder()
                    .setTotal((int) importer.importCount(request.getDataset().strip()));
            importer.imports(request.getDataset().strip(), limit, request.getOffset()).forEach(r -> b.addImports(ImportMapper.toProto(r)));
            return b.build();
        });
    }

    /** Who imports, as the import record names them: the verified caller. */
    private String actor() {
        return currentActor.current().name();
    }
}
