package dossier.web.client;

import dossier.entity.v1.Decision;
import dossier.entity.v1.Entity;
import dossier.entity.v1.EntityServiceGrpc;
import dossier.entity.v1.GetEntityRequest;
import dossier.entity.v1.ListDecisionsRequest;
import dossier.entity.v1.ListDecisionsResponse;
import dossier.entity.v1.RecordDecisionRequest;
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

    private EntityServiceGrpc.EntityServiceBlockingStub stub() {
        return stub.withDeadlineAfter(deadlines.standard().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public Entity getEntity(String id) {
        return ServiceCalls.read(SERVICE, "entity details cannot be shown right now",
                () -> stub().getEntity(GetEntityRequest.newBuilder().setId(id).build()));
    }

    @Override
    public Decision recordDecision(RecordDecisionRequest request) {
        return ServiceCalls.call(SERVICE, "the decision cannot be recorded right now",
                () -> stub().recordDecision(request));
    }

    @Override
    public ListDecisionsResponse listDecisions(String entityId) {
        return ServiceCalls.read(SERVICE, "analysts' decisions cannot be shown right now",
                () -> stub().listDecisions(ListDecisionsRequest.newBuilder().setEntityId(entityId).build()));
    }
}
