package dossier.sanctions.grpc;

import jakarta.annotation.security.RolesAllowed;
import static dossier.support.security.Roles.ANALYST;
import static dossier.support.security.Roles.AUDITOR;
import static dossier.support.security.Roles.INTEGRATOR;
import static dossier.support.security.Roles.LIST_ADMIN;
import static dossier.support.security.Roles.REVIEWER;

import dossier.sanctions.config.MeasureRegistry;
import dossier.sanctions.mapping.MeasureMapper;
import dossier.sanctions.v1.ListMeasuresRequest;
import dossier.sanctions.v1.ListMeasuresResponse;
import dossier.sanctions.v1.MeasureServiceGrpc;
import io.grpc.stub.StreamObserver;
import dossier.support.grpc.CheckedRequests;
import io.quarkus.grpc.GrpcService;
import jakarta.inject.Inject;

/** dossier.sanctions.v1.MeasureService: the measures as loaded at start (no I/O, so not blocking). */
@GrpcService
@CheckedRequests
public class MeasureGrpcService extends MeasureServiceGrpc.MeasureServiceImplBase {
    @Inject
    MeasureRegistry registry;

    @RolesAllowed({ANALYST, REVIEWER, INTEGRATOR, LIST_ADMIN, AUDITOR})
    @Override
    public void listMeasures(ListMeasuresRequest request, StreamObserver<ListMeasuresResponse> out) {
        CaseGrpcService.reply(out, ListMeasuresResponse.newBuilder()
                .addAllMeasures(registry.catalog().ofRegime(request.getRegime()).stream().map(MeasureMapper::toProto).toList())
                .build());
    }
}
