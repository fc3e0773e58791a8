package dossier.sanctions.grpc;

import dossier.sanctions.service.ListImporter;
import dossier.sanctions.service.Screener;
import dossier.sanctions.v1.ImportListRequest;
import dossier.sanctions.v1.ImportListResponse;
import dossier.sanctions.v1.ScreenRequest;
import dossier.sanctions.v1.ScreenResponse;
import dossier.sanctions.v1.ScreeningServiceGrpc;
import io.grpc.stub.StreamObserver;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;

/** dossier.sanctions.v1.ScreeningService. */
@GrpcService
@Blocking
public class ScreeningGrpcService extends ScreeningServiceGrpc.ScreeningServiceImplBase {
    @Inject
    Screener screener;
    @Inject
    ListImporter importer;

    @Override
    public void screen(ScreenRequest request, StreamObserver<ScreenResponse> out) {
        CaseGrpcService.reply(out, screener.screen(request));
    }

    @Override
    public void importList(ImportListRequest request, StreamObserver<ImportListResponse> out) {
        CaseGrpcService.reply(out, importer.importList(request.getFormat(), request.getFilesList()));
    }
}
