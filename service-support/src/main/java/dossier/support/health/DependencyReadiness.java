package dossier.support.health;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Readiness that includes the services this one calls for its requests: ready only when each of
 * them answers (see {@link GrpcDependency}), with each one's state in the data. A service declares
 * its dependencies in a subclass in its health package ({@code @Readiness @ApplicationScoped}).
 */
public abstract class DependencyReadiness implements HealthCheck {

    /** The dependencies checked, in the order they are shown. */
    protected abstract List<GrpcDependency> dependencies();

    @Override
    public HealthCheckResponse call() {
        Map<String, Object> data = new LinkedHashMap<>();
        boolean up = true;
        for (GrpcDependency dependency : dependencies()) {
            GrpcDependency.State state = dependency.check();
            data.put(state.name(), state.detail());
            up &= state.up();
        }
        return new HealthCheckResponse("dependencies", up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                Optional.of(data));
    }
}
