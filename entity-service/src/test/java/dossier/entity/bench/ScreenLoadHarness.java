package dossier.entity.bench;

import dossier.entity.testdata.ShippedLists;
import dossier.sanctions.v1.ScreenRequest;
import dossier.sanctions.v1.ScreeningServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.NettyChannelBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load on a running suite: N concurrent clients call dossier.sanctions.v1.ScreeningService/Screen
 * back to back for a number of seconds (after a warm-up of the same length, capped at 10 s) with
 * names of the shipped lists as listed, misspelt, reordered and unlisted ({@link QueryMix}), and
 * prints calls/s, latency percentiles and errors. Usage (sanctions-service address, clients, seconds):
 *
 *   ./mvnw -B -q -pl entity-service exec:java@screen-load -Dexec.args="localhost:8103 8 30"
 */
public final class ScreenLoadHarness {

    public static void main(String[] args) throws Exception {
        String target = args.length > 0 ? args[0] : "localhost:8103";
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        List<String> names = QueryMix.of(ShippedLists.all(), 50_000, 11);
        ManagedChannel channel = NettyChannelBuilder.forTarget(target).usePlaintext().build();
        try {
            ScreeningServiceGrpc.ScreeningServiceBlockingStub stub = ScreeningServiceGrpc.newBlockingStub(channel);
            run(stub, names, clients, Math.min(10, seconds), null);
            List<long[]> samples = new ArrayList<>();
            AtomicInteger errors = new AtomicInteger();
            long start = System.nanoTime();
            run(stub, names, clients, seconds, new Sink(samples, errors));
            double elapsed = (System.nanoTime() - start) / 1e9;
            long[] all = samples.stream().flatMapToLong(Arrays::stream).toArray();
            Arrays.sort(all);
            Latency.Run r = new Latency.Run(all, all.length / elapsed);
            System.out.printf(Locale.ROOT, "%s, %d clients, %d s: %d calls, %.0f calls/s, %s, errors %d%n",
                    target, clients, seconds, all.length, all.length / elapsed,
                    r.toString().replaceAll(", [0-9]+ names/s", ""), errors.get());
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private record Sink(List<long[]> samples, AtomicInteger errors) {
    }

    private static void run(ScreeningServiceGrpc.ScreeningServiceBlockingStub stub, List<String> names, int clients,
                            int seconds, Sink sink) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        AtomicInteger next = new AtomicInteger();
        ConcurrentLinkedQueue<long[]> results = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().start(() -> {
                long[] nanos = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    String name = names.get(Math.floorMod(next.getAndIncrement(), names.size()));
                    long s = System.nanoTime();
                    try {
                        stub.withDeadlineAfter(10, TimeUnit.SECONDS).screen(ScreenRequest.newBuilder().setName(name).build());
                    } catch (StatusRuntimeException e) {
                        if (sink != null) sink.errors().incrementAndGet();
                        continue;
                    }
                    if (n == nanos.length) nanos = Arrays.copyOf(nanos, n * 2);
                    nanos[n++] = System.nanoTime() - s;
                }
                results.add(Arrays.copyOf(nanos, n));
            }));
        }
        for (Thread t : threads) t.join();
        if (sink != null) sink.samples().addAll(results);
    }
}
