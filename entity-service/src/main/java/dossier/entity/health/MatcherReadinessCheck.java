package dossier.entity.health;

import dossier.entity.service.MatchingService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the matcher's index is loaded from the store. */
@Readiness
@ApplicationScoped
public class MatcherReadinessCheck implements HealthCheck {

    @Inject
    MatchingService matching;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("matcher-index").status(matching.ready())
                .withData("entities", matching.indexedEntities()).build();
    }
}
