package dossier.support.concurrent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Pools for CPU-bound work (matching, parsing): as many threads as cores, more would only take turns. */
public final class CpuPools {

    private CpuPools() {
    }

    /** {@code threads} daemon threads named {@code name-1, name-2 ...}; 0 or less: one a core. */
    public static ExecutorService fixed(String name, int threads) {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(n, r -> Thread.ofPlatform().daemon().name(name + "-" + count.incrementAndGet()).unstarted(r));
    }

    /**
     * A fork/join pool of {@code threads} daemon threads (0 or less: one a core), never more: work
     * it runs can split itself ({@code ForkJoinTask.invokeAll}) and use a thread the pool has idle,
     * while the number of busy threads stays bounded. Tasks submitted as a {@code Callable} are
     * interrupted when cancelled with {@code cancel(true)}.
     */
    public static ForkJoinPool forkJoin(String name, int threads) {
        int n = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        AtomicInteger count = new AtomicInteger();
        ForkJoinPool.ForkJoinWorkerThreadFactory factory = pool -> {
            ForkJoinWorkerThread t = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
            t.setName(name + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        // maximum = parallelism: a task waiting for its parts helps run them instead of the pool adding threads
        return new ForkJoinPool(n, factory, null, false, 0, n, 1, pool -> true, 60, TimeUnit.SECONDS);
    }
}
