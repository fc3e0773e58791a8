package dossier.support.health;

import jakarta.annotation.PostConstruct;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Readiness that includes the services this one calls for its requests: ready only when each of
 * them answers (see {@link GrpcDependency}), with each one's state in the data. All are asked at
 * once, so the probe answers within one {@code dossier.health.dependency-timeout}. A service
 * declares its dependencies in a subclass in its health package ({@code @Readiness @ApplicationScoped}).
 */
public abstract class DependencyReadiness implements HealthCheck {

    @ConfigProperty(name = "dossier.health.dependency-timeout", defaultValue = "PT1S")
    protected Duration timeout = Duration.ofSeconds(1);

    private List<GrpcDependency> dependencies;

    /** The dependencies checked, in the order they are shown, each answering within {@code timeout}. */
    protected abstract List<GrpcDependency> dependencies(Duration timeout);

    @PostConstruct
    protected void declare() {
        dependencies = dependencies(timeout);
    }

    @Override
    public HealthCheckResponse call() {
        List<CompletableFuture<GrpcDependency.State>> checks = dependencies.stream().map(GrpcDependency::checkAsync).toList();
        Map<String, Object> data = new LinkedHashMap<>();
        boolean up = true;
        for (CompletableFuture<GrpcDependency.State> check : checks) {
            GrpcDependency.State state = check.join();
            data.put(state.name(), state.detail());
            up &= state.up();
        }
        return new HealthCheckResponse("dependencies", up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                Optional.of(data));
    }
}
