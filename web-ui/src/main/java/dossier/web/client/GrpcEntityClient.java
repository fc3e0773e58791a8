package dossier.web.client;

import dossier.entity.v1.Entity;
import dossier.entity.v1.EntityServiceGrpc;
import dossier.entity.v1.GetEntityRequest;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;

@ApplicationScoped
public class GrpcEntityClient implements EntityClient {

    @GrpcClient("entity")
    EntityServiceGrpc.EntityServiceBlockingStub stub;

    @Inject
    CallDeadlines deadlines;

    @Override
    public Entity getEntity(String id) {
        return ServiceCalls.call(SERVICE, "entity details cannot be shown right now",
                () -> stub.withDeadlineAfter(deadlines.standard().toMillis(), TimeUnit.MILLISECONDS)
                        .getEntity(GetEntityRequest.newBuilder().setId(id).build()));
    }
}
