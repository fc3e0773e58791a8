package dossier.sanctions.health;

import dossier.support.health.DependencyReadiness;
import dossier.support.health.GrpcDependency;
import io.grpc.Channel;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.util.List;

/**
 * Not ready while entity-service (Screen, evaluations, list imports) or source-service (evaluations,
 * case files) does not answer SERVING over this service's own connections to them: "ready" means a
 * Screen or an EvaluateCase sent now succeeds (issue 20), also right after one of them restarted.
 */
@Readiness
@ApplicationScoped
public class DependenciesReadiness extends DependencyReadiness {

    @GrpcClient("entity")
    Channel entity;
    @GrpcClient("source")
    Channel source;

    @Override
    protected List<GrpcDependency> dependencies(Duration timeout) {
        return List.of(GrpcDependency.serving("entity-service", entity, timeout),
                GrpcDependency.serving("source-service", source, timeout));
    }
}
