package dossier.source.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

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
    /** Per case being evaluated: the titles of the sources added since its evaluation started. */
    private final Map<String, List<String>> pending = new HashMap<>();

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
        boolean start;
        synchronized (pending) {
            // one evaluation of a case at a time: sources added while one runs are taken by one more
            // evaluation after it, so a burst of ingests costs two evaluations, not one each
            start = !pending.containsKey(caseId);
            pending.computeIfAbsent(caseId, k -> new ArrayList<>()).add(title);
        }
        if (start) {
            executor.execute(() -> evaluateUntilNothingPending(caseId));
        }
    }

    private void evaluateUntilNothingPending(String caseId) {
        while (true) {
            List<String> titles;
            synchronized (pending) {
                titles = pending.get(caseId);
                if (titles.isEmpty()) {
                    pending.remove(caseId);
                    return;
                }
                pending.put(caseId, new ArrayList<>());
            }
            String reason = reason(titles);
            try {
                cases.evaluate(caseId, reason);
            } catch (RuntimeException e) {
                LOG.warnf(e, "re-evaluation of case %s after \"%s\" failed; the sources are stored", caseId, reason);
            }
        }
    }

    static String reason(List<String> titles) {
        String quoted = titles.stream().map(t -> "'" + t + "'").collect(Collectors.joining(", "));
        return (titles.size() == 1 ? "source " : "sources ") + quoted + " added";
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
