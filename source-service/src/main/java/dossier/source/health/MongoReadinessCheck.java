package dossier.source.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dossier.source.repository.SourceRepository;

/** Ready when MongoDB (real or embedded) answers a ping. */
@Readiness
@ApplicationScoped
public class MongoReadinessCheck implements HealthCheck {

    @Inject
    SourceRepository repository;

    @Override
    public HealthCheckResponse call() {
        try {
            repository.ping();
            return HealthCheckResponse.up("mongodb");
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("mongodb").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
