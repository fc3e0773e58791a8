package dossier.web.client;

import dossier.sanctions.v1.ScreenRequest;
import dossier.sanctions.v1.ScreenResponse;
import dossier.sanctions.v1.ScreeningServiceGrpc;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;

@ApplicationScoped
public class GrpcScreeningClient implements ScreeningClient {

    @GrpcClient("sanctions")
    ScreeningServiceGrpc.ScreeningServiceBlockingStub stub;

    @Inject
    CallDeadlines deadlines;

    @Override
    public ScreenResponse screen(ScreenRequest request) {
        return ServiceCalls.read(SERVICE, "names cannot be screened right now",
                () -> stub.withDeadlineAfter(deadlines.standard().toMillis(), TimeUnit.MILLISECONDS)
                        .screen(request));
    }
}
