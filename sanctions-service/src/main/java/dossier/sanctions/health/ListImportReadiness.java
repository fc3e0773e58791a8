package dossier.sanctions.health;

import dossier.sanctions.service.InitialListImport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready until the first-start list import has finished. */
@Readiness
@ApplicationScoped
public class ListImportReadiness implements HealthCheck {
    @Inject
    InitialListImport initialImport;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("sanctions-lists")
                .status(initialImport.done())
                .withData("initial-import", initialImport.state())
                .build();
    }
}
