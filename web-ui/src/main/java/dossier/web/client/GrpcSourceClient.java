package dossier.web.client;

import dossier.source.v1.IngestSourceRequest;
import dossier.source.v1.IngestSourceResponse;
import dossier.source.v1.SourceServiceGrpc;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;

@ApplicationScoped
public class GrpcSourceClient implements SourceClient {

    @GrpcClient("source")
    SourceServiceGrpc.SourceServiceBlockingStub stub;

    @Inject
    CallDeadlines deadlines;

    @Override
    public IngestSourceResponse ingest(IngestSourceRequest request) {
        return ServiceCalls.call(SERVICE, "sources cannot be added right now",
                () -> stub.withDeadlineAfter(deadlines.processing().toMillis(), TimeUnit.MILLISECONDS)
                        .ingestSource(request));
    }
}
