package dossier.sanctions.client;

import dossier.entity.v1.Entity;
import dossier.entity.v1.EntityServiceGrpc;
import dossier.entity.v1.GetEntityRequest;
import dossier.entity.v1.MatchEntitiesRequest;
import dossier.entity.v1.MatchEntitiesResponse;
import dossier.entity.v1.MutinyEntityServiceGrpc;
import dossier.entity.v1.UpsertEntitiesRequest;
import dossier.entity.v1.UpsertResult;
import dossier.support.grpc.ConnectionLoss;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.GrpcClient;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** entity-service over gRPC (client "entity"). */
@ApplicationScoped
public class GrpcEntityDirectory implements EntityDirectory {
    static final int BATCH = 5_000;
    static final String SERVICE = "entity-service";

    @GrpcClient("entity")
    EntityServiceGrpc.EntityServiceBlockingStub stub;

    @GrpcClient("entity")
    MutinyEntityServiceGrpc.MutinyEntityServiceStub asyncStub;

    @ConfigProperty(name = "dossier.clients.deadline-seconds", defaultValue = "20")
    long deadlineSeconds;

    @ConfigProperty(name = "dossier.clients.upsert-deadline-seconds", defaultValue = "300")
    long upsertDeadlineSeconds;

    @Override
    public List<UpsertResult> upsert(List<Entity> entities) {
        List<UpsertResult> out = new ArrayList<>(entities.size());
        for (int i = 0; i < entities.size(); i += BATCH) {
            List<Entity> batch = entities.subList(i, Math.min(entities.size(), i + BATCH));
            try {
                out.addAll(stub.withDeadlineAfter(upsertDeadlineSeconds, TimeUnit.SECONDS)
                        .upsertEntities(UpsertEntitiesRequest.newBuilder().addAllEntities(batch).build()).getResultsList());
            } catch (StatusRuntimeException e) {
                throw translate(e, "upserting entities");
            }
        }
        return out;
    }

    @Override
    public MatchEntitiesResponse match(MatchEntitiesRequest request) {
        try {
            return ConnectionLoss.retryingRead(() -> stub.withDeadlineAfter(deadlineSeconds, TimeUnit.SECONDS).matchEntities(request));
        } catch (StatusRuntimeException e) {
            throw translate(e, "matching names");
        }
    }

    @Override
    public Uni<MatchEntitiesResponse> matchAsync(MatchEntitiesRequest request) {
        // a read sent again once when its connection was torn down under it (ConnectionLoss)
        return Uni.createFrom().deferred(() -> asyncStub.withDeadlineAfter(deadlineSeconds, TimeUnit.SECONDS).matchEntities(request))
                .onFailure(ConnectionLoss::is).retry().atMost(1)
                .onFailure(StatusRuntimeException.class).transform(e -> translate((StatusRuntimeException) e, "matching names"));
    }

    @Override
    public Optional<Entity> get(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ConnectionLoss.retryingRead(() -> stub.withDeadlineAfter(deadlineSeconds, TimeUnit.SECONDS)
                    .getEntity(GetEntityRequest.newBuilder().setId(id).build())));
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
                return Optional.empty();
            }
            throw translate(e, "reading entity " + id);
        }
    }

    static RuntimeException translate(StatusRuntimeException e, String what) {
        Status.Code code = e.getStatus().getCode();
        if (code == Status.Code.INVALID_ARGUMENT) {
            return new IllegalArgumentException(SERVICE + " rejected " + what + ": " + e.getStatus().getDescription());
        }
        return DependencyUnavailableException.of(SERVICE, what, e);
    }
}
