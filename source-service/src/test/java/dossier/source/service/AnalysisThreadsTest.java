package dossier.source.service;

import dossier.support.grpc.CallBudget;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnalysisThreadsTest {

    private final AnalysisThreads threads = new AnalysisThreads();

    @BeforeEach
    void start() {
        threads.threads = 1;
        threads.start();
    }

    @AfterEach
    void stop() {
        threads.stop();
    }

    @Test
    void runsTheWorkOnAPoolThreadAndReturnsItsResult() {
        Thread caller = Thread.currentThread();
        Thread worker = threads.run(Thread::currentThread, CallBudget.ofCall(Duration.ofSeconds(10)), "analysing");
        assertThat(worker).isNotSameAs(caller);
        assertThat(worker.getName()).startsWith("analysis-");
    }

    /** Starts an analysis that keeps the pool's one thread until {@code release}, once it runs. */
    private Thread holdTheOneThreadUntil(CountDownLatch release) throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        Thread first = new Thread(() -> threads.run(() -> {
            running.countDown();
            return release.await(10, TimeUnit.SECONDS);
        }, CallBudget.ofCall(Duration.ofSeconds(10)), "analysing"));
        first.start();
        assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
        return first;
    }

    @Test
    void noMoreAnalysesRunAtOnceThanThePoolHasThreads() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Thread first = holdTheOneThreadUntil(release);
        // the one thread is busy: a second analysis waits, and its caller's budget runs out first
        assertThatThrownBy(() -> threads.run(() -> true, CallBudget.ofCall(Duration.ofMillis(300)), "analysing the article"))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED));
        release.countDown();
        first.join(10_000);
    }

    @Test
    void waitingAnalysesAreLetInInTheOrderTheyCame() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Thread first = holdTheOneThreadUntil(release);
        List<Integer> order = new CopyOnWriteArrayList<>();
        List<Thread> callers = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            int n = i;
            Thread t = new Thread(() -> threads.run(() -> order.add(n), CallBudget.ofCall(Duration.ofSeconds(10)), "analysing"));
            t.start();
            callers.add(t);
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (threads.waiting() < n && System.nanoTime() < until) {
                Thread.sleep(5); // the next caller comes once this one waits
            }
        }
        release.countDown();
        for (Thread t : callers) {
            t.join(10_000);
        }
        first.join(10_000);
        assertThat(order).containsExactly(1, 2, 3, 4);
    }

    @Test
    void whatTheWorkThrowsIsThrownToTheCaller() {
        assertThatThrownBy(() -> threads.run(() -> {
            throw Status.DEADLINE_EXCEEDED.withDescription("stopped between sentences").asRuntimeException();
        }, CallBudget.ofCall(Duration.ofSeconds(10)), "analysing"))
                .isInstanceOf(StatusRuntimeException.class).hasMessageContaining("stopped between sentences");
    }

    @Test
    void aCallerWhoseBudgetRunsOutStopsWaitingAndTheWorkIsInterrupted() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        assertThatThrownBy(() -> threads.run(() -> {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return null;
        }, CallBudget.ofCall(Duration.ofMillis(200)), "analysing the article"))
                .isInstanceOfSatisfying(StatusRuntimeException.class,
                        e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.DEADLINE_EXCEEDED))
                .hasMessageContaining("analysing the article");
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).isTrue();
    }
}
