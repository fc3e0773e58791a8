package dossier.web.fake;

import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.CaseServiceGrpc;
import dossier.sanctions.v1.CreateCaseRequest;
import dossier.sanctions.v1.EvaluateCaseRequest;
import dossier.sanctions.v1.EvaluateCaseResponse;
import dossier.sanctions.v1.GetCaseFileRequest;
import dossier.sanctions.v1.GetCaseRequest;
import dossier.sanctions.v1.ListCasesRequest;
import dossier.sanctions.v1.ListCasesResponse;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * In-process stand-ins for sanctions-service and source-service on the ports the test profile's
 * clients use, serving {@link CaseFileFixture}. Started before Quarkus; a test may stop the
 * sanctions server to see how the UI behaves during an outage.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    public static final int SOURCE_PORT = 18192;
    public static final int SANCTIONS_PORT = 18193;

    private static Server sanctions;
    private static Server source;
    static final List<Case> CASES = new CopyOnWriteArrayList<>();

    @Override
    public Map<String, String> start() {
        CASES.clear();
        CASES.add(CaseFileFixture.theCase());
        try {
            sanctions = NettyServerBuilder.forPort(SANCTIONS_PORT)
                    .addService(new FakeCaseService()).addService(new FakeScreeningService()).build().start();
            source = NettyServerBuilder.forPort(SOURCE_PORT).addService(new FakeSourceService()).build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of();
    }

    @Override
    public void stop() {
        shutdown(sanctions);
        shutdown(source);
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

    static class FakeCaseService extends CaseServiceGrpc.CaseServiceImplBase {

        @Override
        public void listCases(ListCasesRequest request, StreamObserver<ListCasesResponse> out) {
            out.onNext(ListCasesResponse.newBuilder().addAllCases(CASES).setTotal(CASES.size()).build());
            out.onCompleted();
        }

        @Override
        public void getCase(GetCaseRequest request, StreamObserver<Case> out) {
            CASES.stream().filter(c -> c.getId().equals(request.getId())).findFirst().ifPresentOrElse(c -> {
                out.onNext(c);
                out.onCompleted();
            }, () -> out.onError(Status.NOT_FOUND.withDescription("No case " + request.getId()).asRuntimeException()));
        }

        @Override
        public void createCase(CreateCaseRequest request, StreamObserver<Case> out) {
            if (request.getTitle().isBlank()) {
                out.onError(Status.INVALID_ARGUMENT.withDescription("A case needs a title").asRuntimeException());
                return;
            }
            Case c = Case.newBuilder().setId("case-" + (CASES.size() + 1)).setTitle(request.getTitle())
                    .setDescription(request.getDescription()).setCreatedAt("2026-11-04T08:00:00Z").build();
            CASES.add(0, c);
            out.onNext(c);
            out.onCompleted();
        }

        @Override
        public void evaluateCase(EvaluateCaseRequest request, StreamObserver<EvaluateCaseResponse> out) {
            CaseFile f = CaseFileFixture.caseFile();
            out.onNext(EvaluateCaseResponse.newBuilder().setCase(f.getCase())
                    .addAllIncidents(f.getIncidentsList()).addAllVerdicts(f.getVerdictsList()).build());
            out.onCompleted();
        }

        @Override
        public void getCaseFile(GetCaseFileRequest request, StreamObserver<CaseFile> out) {
            if (CaseFileFixture.CASE_ID.equals(request.getCaseId())) {
                out.onNext(CaseFileFixture.caseFile());
                out.onCompleted();
            } else {
                out.onError(Status.NOT_FOUND.withDescription("No case " + request.getCaseId()).asRuntimeException());
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

    static class FakeSourceService extends SourceServiceGrpc.SourceServiceImplBase {

        @Override
        public void ingestSource(IngestSourceRequest request, StreamObserver<IngestSourceResponse> out) {
            if (request.getText().isBlank() && request.getRaw().isEmpty()) {
                out.onError(Status.INVALID_ARGUMENT.withDescription("The source has no text").asRuntimeException());
                return;
            }
            out.onNext(IngestSourceResponse.newBuilder()
                    .setSource(Source.newBuilder().setId("s-new").setTitle(request.getTitle())).build());
            out.onCompleted();
        }
    }
}
