package dossier.source.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

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
 * One evaluation of a case at a time, and the next one starts no sooner than
 * dossier.reevaluate-min-interval after the last one started: a burst of ingests into a case
 * (an integrator loading an archive) is evaluated every few seconds with all the sources added
 * meanwhile, not back to back — each evaluation reads the whole case, so back to back they took
 * more CPU than the ingests themselves. The interval also grows with the case: no sooner than
 * dossier.reevaluate-interval-factor times the last evaluation's duration, so that a case large
 * enough for an evaluation to take seconds spends at most a fifth of a burst being evaluated.
 */
@ApplicationScoped
public class Reevaluation {

    private static final Logger LOG = Logger.getLogger(Reevaluation.class);

    private final CaseDirectory cases;
    private final boolean enabled;
    private final ExecutorService executor;
    private final Duration minInterval;
    private final double intervalFactor;
    /** Per case being evaluated: the titles of the sources added since its evaluation started. */
    private final Map<String, List<String>> pending = new HashMap<>();

    @Inject
    public Reevaluation(CaseDirectory cases, @ConfigProperty(name = "dossier.reevaluate-on-ingest", defaultValue = "true") boolean enabled,
                        @ConfigProperty(name = "dossier.reevaluate-min-interval", defaultValue = "PT3S") Duration minInterval,
                        @ConfigProperty(name = "dossier.reevaluate-interval-factor", defaultValue = "4") double intervalFactor) {
        this(cases, enabled, Executors.newVirtualThreadPerTaskExecutor(), minInterval, intervalFactor);
    }

    Reevaluation(CaseDirectory cases, boolean enabled, ExecutorService executor, Duration minInterval, double intervalFactor) {
        this.cases = cases;
        this.enabled = enabled;
        this.executor = executor;
        this.minInterval = minInterval;
        this.intervalFactor = intervalFactor;
    }

    /** Call after the write has committed. */
    public void sourceAdded(String caseId, String title) {
        if (!enabled) {
            return;
        }
        boolean start;
        synchronized (pending) {
            // one evaluation of a case at a time: sources added while one runs, or within the minimum
            // interval after it started, are taken together by the next one
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
            long started = System.nanoTime();
            try {
                cases.evaluate(caseId, reason);
            } catch (RuntimeException e) {
                LOG.warnf(e, "re-evaluation of case %s after \"%s\" failed; the sources are stored", caseId, reason);
            }
            // the case stays taken until the interval is over: sources added meanwhile wait for one evaluation
            long took = System.nanoTime() - started;
            if (!waitUntil(started + Math.max(minInterval.toNanos(), (long) (intervalFactor * took)))) {
                synchronized (pending) {
                    pending.remove(caseId); // shutting down: what is pending is stored, the next evaluation sees it
                }
                return;
            }
        }
    }

    /** Sleeps until the nanoTime {@code deadline}; false when interrupted (shutting down). */
    private static boolean waitUntil(long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return true;
        }
        try {
            TimeUnit.NANOSECONDS.sleep(left);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The longest reason sanctions-service takes (EvaluateCaseRequest.reason). */
    static final int MAX_REASON = 1000;
    private static final int MAX_TITLE = 120;

    /** "sources 'A', 'B' added"; a burst names its first sources and counts the others, within {@link #MAX_REASON}. */
    static String reason(List<String> titles) {
        String head = titles.size() == 1 ? "source " : "sources ";
        // room for the longest ending, " and 99999 more added"
        int room = MAX_REASON - head.length() - 24;
        StringBuilder named = new StringBuilder();
        int shown = 0;
        for (String t : titles) {
            String quoted = "'" + (t.length() > MAX_TITLE ? t.substring(0, MAX_TITLE - 1) + "…" : t) + "'";
            if (named.length() + quoted.length() + 2 > room) {
                break;
            }
            named.append(shown++ == 0 ? "" : ", ").append(quoted);
        }
        int rest = titles.size() - shown;
        return head + named + (rest > 0 ? " and " + rest + " more" : "") + " added";
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
