package dossier.sanctions.grpc;

import jakarta.annotation.security.RolesAllowed;
import static dossier.support.security.Roles.ANALYST;
import static dossier.support.security.Roles.INTEGRATOR;
import static dossier.support.security.Roles.LIST_ADMIN;
import static dossier.support.security.Roles.REVIEWER;

import dossier.sanctions.service.ListImporter;
import dossier.sanctions.service.Screener;
import dossier.sanctions.v1.ImportListRequest;
import dossier.sanctions.v1.ImportListResponse;
import dossier.sanctions.v1.ScreenRequest;
import dossier.sanctions.v1.ScreenResponse;
import dossier.sanctions.v1.ScreeningService;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;

/**
 * dossier.sanctions.v1.ScreeningService. Screen runs on the event loop (integrators call it at high
 * rates; it waits only for entity-service); ImportList writes the database on a worker thread.
 */
@GrpcService
public class ScreeningGrpcService implements ScreeningService {
    @Inject
    Screener screener;
    @Inject
    ListImporter importer;

    @RolesAllowed({ANALYST, REVIEWER, INTEGRATOR, LIST_ADMIN})
    @Override
    public Uni<ScreenResponse> screen(ScreenRequest request) {
        return screener.screenAsync(request);
    }

    @RolesAllowed({LIST_ADMIN})
    @Override
    @Blocking
    public Uni<ImportListResponse> importList(ImportListRequest request) {
        return Uni.createFrom().item(() -> importer.importList(request.getFormat(), request.getFilesList()));
    }
}
