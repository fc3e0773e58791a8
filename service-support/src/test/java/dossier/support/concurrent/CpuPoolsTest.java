package dossier.support.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class CpuPoolsTest {

    @Test
    void partsOfOneTaskRunOnTheIdleThreadsAndNeverOnMoreThanThePoolHas() throws Exception {
        ExecutorService pool = CpuPools.forkJoin("parts", 2);
        try {
            Set<String> threads = ConcurrentHashMap.newKeySet();
            AtomicInteger running = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            CountDownLatch bothStarted = new CountDownLatch(2);
            pool.submit(() -> {
                List<ForkJoinTask<?>> parts = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    parts.add(ForkJoinTask.adapt(() -> {
                        threads.add(Thread.currentThread().getName());
                        most.accumulateAndGet(running.incrementAndGet(), Math::max);
                        bothStarted.countDown();
                        try {
                            bothStarted.await(5, TimeUnit.SECONDS); // holds the first part until a second thread has one
                            Thread.sleep(20);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        running.decrementAndGet();
                    }));
                }
                ForkJoinTask.invokeAll(parts);
            }).get(30, TimeUnit.SECONDS);
            assertThat(threads).hasSize(2).allMatch(n -> n.matches("parts-\\d+"));
            assertThat(most.get()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCancelledTaskIsInterrupted() throws Exception {
        ExecutorService pool = CpuPools.forkJoin("cancel", 1);
        try {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch interrupted = new CountDownLatch(1);
            Future<Object> task = pool.submit(() -> {
                started.countDown();
                try {
                    Thread.sleep(30_000);
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
                return null;
            });
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            task.cancel(true);
            assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            pool.shutdownNow();
        }
    }
}
