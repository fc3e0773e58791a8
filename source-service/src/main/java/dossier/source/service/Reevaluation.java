package dossier.source.service;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dossier.source.client.CaseDirectory;

/**
 * After a source is stored, asks sanctions-service to re-evaluate its case, in the background: the
 * ingest reply does not wait for it, and a failure is logged, never turned into a failed ingest
 * (the source is stored; the next evaluation will see it). Switch: dossier.reevaluate-on-ingest.
 */
@ApplicationScoped
public class Reevaluation {

    private static final Logger LOG = Logger.getLogger(Reevaluation.class);

    private final CaseDirectory cases;
    private final boolean enabled;
    private final ExecutorService executor;

    @Inject
    public Reevaluation(CaseDirectory cases, @ConfigProperty(name = "dossier.reevaluate-on-ingest", defaultValue = "true") boolean enabled) {
        this(cases, enabled, Executors.newVirtualThreadPerTaskExecutor());
    }

    Reevaluation(CaseDirectory cases, boolean enabled, ExecutorService executor) {
        this.cases = cases;
        this.enabled = enabled;
        this.executor = executor;
    }

    /** Call after the write has committed. */
    public void sourceAdded(String caseId, String title) {
        if (!enabled) {
            return;
        }
        String reason = "source '" + title + "' added";
        executor.execute(() -> {
            try {
                cases.evaluate(caseId, reason);
            } catch (RuntimeException e) {
                LOG.warnf(e, "re-evaluation of case %s after \"%s\" failed; the source is stored", caseId, reason);
            }
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
