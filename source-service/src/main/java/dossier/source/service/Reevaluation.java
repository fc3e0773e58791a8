package dossier.source.service;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;

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
 *
 * <p>What is owed survives failures and restarts: each source added is first written to the
 * {@link EvaluationOutbox} (durably, before the ingest answers) and leaves it only when an
 * evaluation that saw it succeeded. A failed evaluation is retried with back-off (from
 * dossier.reevaluate-retry-min to dossier.reevaluate-retry-max, doubling), and every
 * dossier.reevaluate-retry-interval the outbox is swept for what is due — at start-up too, so a
 * re-evaluation lost to a crash of this service or an outage of sanctions-service happens by itself.
 * A crash after the source is stored and before its entry is written is made good by the ingest's
 * retry: the same text again is a duplicate, and a duplicate owes its case an evaluation again.
 */
// created at start-up, not at the first ingest: its first sweep is what takes up a crash's owed evaluations
@Startup
@ApplicationScoped
public class Reevaluation {

    private static final Logger LOG = Logger.getLogger(Reevaluation.class);

    private final CaseDirectory cases;
    private final EvaluationOutbox outbox;
    private final boolean enabled;
    private final ExecutorService executor;
    private final Duration minInterval;
    private final double intervalFactor;
    private final Duration retryMin;
    private final Duration retryMax;
    private final ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("reevaluation-sweep").factory());
    /** The cases being evaluated, and those of them that need another round (sources added meanwhile). */
    private final Set<String> running = new HashSet<>();
    private final Set<String> again = new HashSet<>();

    @Inject
    public Reevaluation(CaseDirectory cases, EvaluationOutbox outbox,
                        @ConfigProperty(name = "dossier.reevaluate-on-ingest", defaultValue = "true") boolean enabled,
                        @ConfigProperty(name = "dossier.reevaluate-min-interval", defaultValue = "PT3S") Duration minInterval,
                        @ConfigProperty(name = "dossier.reevaluate-interval-factor", defaultValue = "4") double intervalFactor,
                        @ConfigProperty(name = "dossier.reevaluate-retry-min", defaultValue = "PT5S") Duration retryMin,
                        @ConfigProperty(name = "dossier.reevaluate-retry-max", defaultValue = "PT5M") Duration retryMax,
                        @ConfigProperty(name = "dossier.reevaluate-retry-interval", defaultValue = "PT10S") Duration sweepEvery) {
        this(cases, outbox, enabled, Executors.newVirtualThreadPerTaskExecutor(), minInterval, intervalFactor, retryMin, retryMax);
        if (enabled) {
            // the first sweep at start-up takes up what a crash or an outage left owed
            sweeper.scheduleWithFixedDelay(this::retryDue, 0, sweepEvery.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    Reevaluation(CaseDirectory cases, EvaluationOutbox outbox, boolean enabled, ExecutorService executor, Duration minInterval,
                 double intervalFactor, Duration retryMin, Duration retryMax) {
        this.cases = cases;
        this.outbox = outbox;
        this.enabled = enabled;
        this.executor = executor;
        this.minInterval = minInterval;
        this.intervalFactor = intervalFactor;
        this.retryMin = retryMin;
        this.retryMax = retryMax;
    }

    /** Starts an evaluation of every case whose owed evaluation is due and not running already. */
    void retryDue() {
        retryDue(Instant.now());
    }

    void retryDue(Instant now) {
        try {
            for (EvaluationOutbox.Pending p : outbox.due(now)) {
                schedule(p.caseId(), false);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "could not read the re-evaluations owed; trying again later");
        }
    }

    /** Call after the write has committed; returns once the evaluation owed is recorded durably. */
    public void sourceAdded(String caseId, String title) {
        if (!enabled) {
            return;
        }
        outbox.add(caseId, title);
        schedule(caseId, true);
    }

    /**
     * Starts evaluating the case unless an evaluation of it is running: sources added while one runs,
     * or within the minimum interval after it started, are taken together by one more round.
     * {@code ingest}: a source was just added (a running evaluation may not have seen it); otherwise
     * (a retry) a running evaluation covers what is owed already.
     */
    private void schedule(String caseId, boolean ingest) {
        synchronized (running) {
            if (running.contains(caseId)) {
                if (ingest) {
                    again.add(caseId);
                }
                return;
            }
            running.add(caseId);
            again.add(caseId);
        }
        executor.execute(() -> evaluateUntilNothingPending(caseId));
    }

    private void evaluateUntilNothingPending(String caseId) {
        while (true) {
            synchronized (running) {
                if (!again.remove(caseId)) {
                    running.remove(caseId);
                    return;
                }
            }
            // what is owed now, read before the evaluation: an evaluation that succeeds saw all of it
            Optional<EvaluationOutbox.Pending> owed = Optional.empty();
            String reason = "";
            long started = System.nanoTime();
            try {
                owed = outbox.of(caseId);
                List<String> titles = owed.map(EvaluationOutbox.Pending::titles).orElse(List.of());
                if (!titles.isEmpty()) {
                    reason = reason(titles);
                    // the interval counts from the call, not from the outbox read before it
                    started = System.nanoTime();
                    cases.evaluate(caseId, reason);
                    outbox.done(caseId, titles);
                }
            } catch (RuntimeException e) {
                int attempts = owed.map(EvaluationOutbox.Pending::attempts).orElse(0) + 1;
                LOG.warnf("re-evaluation of case %s after \"%s\" failed (attempt %d, retried by itself): %s", caseId, reason,
                        attempts, e.getMessage());
                failed(caseId, e, attempts);
            }
            // the case stays taken until the interval is over: sources added meanwhile wait for one evaluation
            long took = System.nanoTime() - started;
            if (!waitUntil(started + Math.max(minInterval.toNanos(), (long) (intervalFactor * took)))) {
                synchronized (running) {
                    running.remove(caseId); // shutting down: what is owed is in the outbox for the next start
                    again.remove(caseId);
                }
                return;
            }
        }
    }

    private void failed(String caseId, RuntimeException e, int attempts) {
        // min, 2 min, 4 min ... up to max
        long delay = Math.min(retryMax.toMillis(), retryMin.toMillis() << Math.min(20, attempts - 1));
        try {
            outbox.failed(caseId, String.valueOf(e.getMessage()), Instant.now().plusMillis(delay));
        } catch (RuntimeException notRecorded) {
            LOG.warnf(notRecorded, "could not record the failed re-evaluation of case %s; it stays owed", caseId);
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
        sweeper.shutdownNow();
        executor.shutdown();
    }
}
