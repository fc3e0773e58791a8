package dossier.support.concurrent;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
}
