package dossier.web.fake;

import dossier.sanctions.v1.ListMeasuresRequest;
import dossier.sanctions.v1.ListMeasuresResponse;
import dossier.sanctions.v1.Measure;
import dossier.sanctions.v1.MeasureServiceGrpc;
import dossier.sanctions.v1.ScreenRequest;
import dossier.sanctions.v1.ScreenResponse;
import dossier.sanctions.v1.ScreeningServiceGrpc;
import dossier.source.v1.IngestSourceRequest;
import dossier.source.v1.IngestSourceResponse;
import dossier.source.v1.Source;
import dossier.source.v1.SourceServiceGrpc;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * In-process stand-ins for sanctions-service, source-service and entity-service on the ports the
 * test profile's clients use, serving {@link CaseFileFixture} ({@link FakeCaseService},
 * {@link FakeEntityService}). Started before Quarkus; a test may stop the
 * sanctions server to see how the UI behaves during an outage.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    // the clients' test ports (application.properties), overridable like them with -D so test runs side by side do not collide
    public static final int ENTITY_PORT = Integer.getInteger("quarkus.grpc.clients.entity.test-port", 18191);
    public static final int SOURCE_PORT = Integer.getInteger("quarkus.grpc.clients.source.test-port", 18192);
    public static final int SANCTIONS_PORT = Integer.getInteger("quarkus.grpc.clients.sanctions.test-port", 18193);

    private static Server sanctions;
    private static Server source;
    private static Server entity;

    @Override
    public Map<String, String> start() {
        FakeCaseService.reset();
        FakeEntityService.reset();
        try {
            sanctions = NettyServerBuilder.forPort(SANCTIONS_PORT)
                    .addService(new FakeCaseService()).addService(new FakeScreeningService())
                    .addService(new FakeMeasureService()).build().start();
            source = NettyServerBuilder.forPort(SOURCE_PORT).addService(new FakeSourceService()).build().start();
            entity = NettyServerBuilder.forPort(ENTITY_PORT).addService(new FakeEntityService()).build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of();
    }

    @Override
    public void stop() {
        shutdown(sanctions);
        shutdown(source);
        shutdown(entity);
    }

    /** Brings sanctions-service back with a fresh case after a test stopped it. */
    public static synchronized void ensureSanctions() {
        FakeCaseService.reset();
        if (sanctions == null || sanctions.isShutdown()) {
            try {
                sanctions = NettyServerBuilder.forPort(SANCTIONS_PORT)
                        .addService(new FakeCaseService()).addService(new FakeScreeningService())
                        .addService(new FakeMeasureService()).build().start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static void stopSanctions() {
        shutdown(sanctions);
    }

    private static void shutdown(Server server) {
        if (server != null && !server.isShutdown()) {
            server.shutdownNow();
            try {
                server.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static class FakeScreeningService extends ScreeningServiceGrpc.ScreeningServiceImplBase {

        @Override
        public void screen(ScreenRequest request, StreamObserver<ScreenResponse> out) {
            var hit = CaseFileFixture.caseFile().getParties(0).getHits(0);
            out.onNext(ScreenResponse.newBuilder().addHits(hit).setThreshold(0.8).build());
            out.onCompleted();
        }
    }

    /** Two measures with their adoption dates, as sanctions-service loads them from its data. */
    static class FakeMeasureService extends MeasureServiceGrpc.MeasureServiceImplBase {

        @Override
        public void listMeasures(ListMeasuresRequest request, StreamObserver<ListMeasuresResponse> out) {
            out.onNext(ListMeasuresResponse.newBuilder()
                    .addMeasures(Measure.newBuilder().setId("UN-DPRK-LUX").setRegime("UN-DPRK").setAdopted("2013-03-07"))
                    .addMeasures(Measure.newBuilder().setId("US-DPRK-EXPORT").setRegime("US-DPRK").setAdopted("2008-06-26"))
                    .build());
            out.onCompleted();
        }
    }

    static class FakeSourceService extends SourceServiceGrpc.SourceServiceImplBase {

        private static final java.util.concurrent.ScheduledExecutorService EVALUATIONS =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "fake-evaluation");
                    t.setDaemon(true);
                    return t;
                });

        @Override
        public void ingestSource(IngestSourceRequest request, StreamObserver<IngestSourceResponse> out) {
            if (request.getText().isBlank() && request.getRaw().toStringUtf8().isBlank()) {
                out.onError(Status.INVALID_ARGUMENT.withDescription("The source has no text").asRuntimeException());
                return;
            }
            out.onNext(IngestSourceResponse.newBuilder()
                    .setSource(Source.newBuilder().setId("s-new").setTitle(request.getTitle())
                            .setIngestedAt(java.time.Instant.now().toString())).build());
            out.onCompleted();
            // as source-service does: the case is re-evaluated once the source is stored, a moment later
            EVALUATIONS.schedule(FakeCaseService::markEvaluated, 600, TimeUnit.MILLISECONDS);
        }
    }
}
