package dossier.source.health;

import dossier.support.health.DependencyReadiness;
import dossier.support.health.GrpcDependency;
import io.grpc.Channel;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.util.List;

/**
 * Not ready while an ingest could not be served: entity-service resolves its mentions (it must
 * answer SERVING), sanctions-service says whether its case exists (it must answer; during its
 * first list import it says NOT_SERVING and still answers case look-ups). Its re-evaluations do not
 * count here: they wait in the outbox while sanctions-service is away.
 */
@Readiness
@ApplicationScoped
public class DependenciesReadiness extends DependencyReadiness {

    @GrpcClient("entity")
    Channel entity;
    @GrpcClient("sanctions")
    Channel sanctions;

    @Override
    protected List<GrpcDependency> dependencies(Duration timeout) {
        return List.of(GrpcDependency.serving("entity-service", entity, timeout),
                GrpcDependency.answering("sanctions-service", sanctions, timeout));
    }
}
