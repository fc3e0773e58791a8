package dossier.source.service;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.grpc.Status;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import dossier.support.concurrent.CpuPools;
import dossier.support.grpc.CallBudget;

/**
 * Where an ingest's NLP analysis runs (the CPU-heavy part of it: tagging and parsing): a pool of
 * one thread a core by default. Eight ingests at once parsed eight articles at once on two cores,
 * none ending sooner, each holding its parse's memory, and the case files served meanwhile waited
 * for the CPU (issue 20, `dossier load 60 16 8 20` on a quiet machine, GetCaseFile p99: 213 ms with
 * eight analyses at once, 144 ms with two; README, "Figures"). An ingest waits for a thread within its budget.
 * A fork/join pool: an analysis splits its sentences into parts that a thread left idle helps with
 * (one article alone is parsed on all cores), and the number of busy threads stays one a core.
 * Analyses are let in first come, first served, no more at once than the pool has threads: a
 * fork/join pool takes what it is given in no fair order, and eight ingests at once saw p99 of 10 s
 * where the median was 2 s.
 */
@ApplicationScoped
public class AnalysisThreads {

    /** 0: one a core. */
    @ConfigProperty(name = "dossier.source.analysis-threads", defaultValue = "0")
    int threads;

    private ForkJoinPool executor;
    private Semaphore admission;

    @PostConstruct
    void start() {
        executor = CpuPools.forkJoin("analysis", threads);
        admission = new Semaphore(executor.getParallelism(), true);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /**
     * Runs {@code work} there and waits for it within {@code budget}: a call past its deadline
     * stops waiting and interrupts the work; what {@code work} throws is thrown here.
     */
    public <T> T run(Callable<T> work, CallBudget budget, String what) {
        try {
            var remaining = budget.remaining();
            if (remaining == null) {
                admission.acquire();
            } else if (!admission.tryAcquire(remaining.toNanos(), TimeUnit.NANOSECONDS)) {
                throw outOfTime(budget, what);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Status.CANCELLED.withDescription("interrupted while waiting to start " + what).asRuntimeException();
        }
        try {
            return runAdmitted(work, budget, what);
        } finally {
            admission.release();
        }
    }

    private <T> T runAdmitted(Callable<T> work, CallBudget budget, String what) {
        Future<T> running = executor.submit(work);
        try {
            var remaining = budget.remaining();
            return remaining == null ? running.get() : running.get(remaining.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            throw outOfTime(budget, what);
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw Status.CANCELLED.withDescription("interrupted while " + what).asRuntimeException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Callers waiting for their analysis to be let in. */
    int waiting() {
        return admission.getQueueLength();
    }

    private static RuntimeException outOfTime(CallBudget budget, String what) {
        budget.check(what);
        return Status.DEADLINE_EXCEEDED.withDescription("the time for this call ran out before " + what + "; nothing was stored")
                .asRuntimeException();
    }
}
