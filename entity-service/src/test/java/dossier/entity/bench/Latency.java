package dossier.entity.bench;

import dossier.entity.matching.EntityMatcher;
import dossier.entity.matching.MatchQuery;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/** Per-call latency percentiles (one thread, after a warm-up) and throughput with several threads. */
final class Latency {

    /** How many of the slowest names a run reports. */
    private static final int SLOWEST = 5;

    private Latency() {
    }

    /**
     * Sorted per-call nanoseconds of matching each name once, in order, and the calls per second;
     * when measured so, also each name's best of three runs (its own cost: a stall of the machine
     * seldom hits the same name three times) and the names slowest by it.
     */
    record Run(long[] sortedNanos, double perSecond, long[] sortedBestOf3, List<String> slowest) {
        Run(long[] sortedNanos, double perSecond) {
            this(sortedNanos, perSecond, null, List.of());
        }

        double ms(double quantile) {
            return ms(sortedNanos, quantile);
        }

        private static double ms(long[] sorted, double quantile) {
            return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
        }

        @Override
        public String toString() {
            String once = String.format(Locale.ROOT, "p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms, %.0f names/s",
                    ms(0.50), ms(0.90), ms(0.99), ms(1.0), perSecond);
            return sortedBestOf3 == null ? once : once + String.format(Locale.ROOT,
                    "; best of 3 per name: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms",
                    ms(sortedBestOf3, 0.50), ms(sortedBestOf3, 0.90), ms(sortedBestOf3, 0.99), ms(sortedBestOf3, 1.0));
        }
    }

    static Run oneThread(EntityMatcher matcher, List<String> names, int warmUp) {
        for (int i = 0; i < Math.min(warmUp, names.size()); i++) matcher.match(MatchQuery.of(names.get(i)));
        long start = System.nanoTime();
        long[] first = timeEach(matcher, names);
        double perSecond = names.size() / ((System.nanoTime() - start) / 1e9);
        long[] best = first.clone();
        for (int round = 0; round < 2; round++) {
            long[] again = timeEach(matcher, names);
            for (int i = 0; i < best.length; i++) best[i] = Math.min(best[i], again[i]);
        }
        List<String> slowest = IntStream.range(0, best.length).boxed()
                .sorted(Comparator.comparingLong(i -> -best[i])).limit(SLOWEST)
                .map(i -> String.format(Locale.ROOT, "%s (%.1f ms, first run %.1f ms)", names.get(i), best[i] / 1e6, first[i] / 1e6))
                .toList();
        Arrays.sort(first);
        Arrays.sort(best);
        return new Run(first, perSecond, best, slowest);
    }

    /** Nanoseconds of matching each name once, in order. */
    private static long[] timeEach(EntityMatcher matcher, List<String> names) {
        long[] nanos = new long[names.size()];
        for (int i = 0; i < names.size(); i++) {
            long s = System.nanoTime();
            matcher.match(MatchQuery.of(names.get(i)));
            nanos[i] = System.nanoTime() - s;
        }
        return nanos;
    }

    /** Calls per second with {@code threads} threads sharing the names. */
    static double throughput(EntityMatcher matcher, List<String> names, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < names.size(); ) matcher.match(MatchQuery.of(names.get(i)));
                }));
            }
            for (Future<?> f : done) f.get();
            return names.size() / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    /** Heap in use after a full collection, in MiB (System.gc() is a request; run twice to settle). */
    static long heapUsedMiB() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return (rt.totalMemory() - rt.freeMemory()) >> 20;
    }
}
