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

    /** Sorted per-call nanoseconds of matching each name once, in order, the calls per second and the slowest names. */
    record Run(long[] sortedNanos, double perSecond, List<String> slowest) {
        double ms(double quantile) {
            return sortedNanos[(int) Math.min(sortedNanos.length - 1, Math.floor(quantile * sortedNanos.length))] / 1e6;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms, %.0f names/s",
                    ms(0.50), ms(0.90), ms(0.99), sortedNanos[sortedNanos.length - 1] / 1e6, perSecond);
        }
    }

    static Run oneThread(EntityMatcher matcher, List<String> names, int warmUp) {
        for (int i = 0; i < Math.min(warmUp, names.size()); i++) matcher.match(MatchQuery.of(names.get(i)));
        long[] nanos = new long[names.size()];
        long start = System.nanoTime();
        for (int i = 0; i < names.size(); i++) {
            long s = System.nanoTime();
            matcher.match(MatchQuery.of(names.get(i)));
            nanos[i] = System.nanoTime() - s;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // which names make the tail: their time again (a stall of the machine does not repeat)
        List<String> slowest = IntStream.range(0, nanos.length).boxed()
                .sorted(Comparator.comparingLong(i -> -nanos[i])).limit(SLOWEST)
                .map(i -> String.format(Locale.ROOT, "%s (%.1f ms, again %.1f ms)", names.get(i), nanos[i] / 1e6,
                        timeOnce(matcher, names.get(i)) / 1e6))
                .toList();
        Arrays.sort(nanos);
        return new Run(nanos, names.size() / seconds, slowest);
    }

    private static long timeOnce(EntityMatcher matcher, String name) {
        long s = System.nanoTime();
        matcher.match(MatchQuery.of(name));
        return System.nanoTime() - s;
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
