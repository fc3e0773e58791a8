package dossier.entity.bench;

import dossier.entity.testdata.ShippedLists;
import dossier.sanctions.v1.ScreenRequest;
import dossier.sanctions.v1.ScreenResponse;
import dossier.sanctions.v1.ScreeningServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.StreamObserver;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load on a running suite: keeps N calls of dossier.sanctions.v1.ScreeningService/Screen in flight
 * for a number of seconds (after a warm-up of the same length, capped at 10 s) with names of the
 * shipped lists as listed, misspelt, reordered and unlisted ({@link QueryMix}), and prints calls/s,
 * latency percentiles and errors. The client is asynchronous on one connection (each answer sends
 * the next call from gRPC's own thread), as load generators such as ghz are: on a machine shared
 * with the suite, a thread per call in flight would take CPU time from the services measured.
 * Usage (sanctions-service address, calls in flight, seconds):
 *
 *   ./mvnw -B -q -pl entity-service exec:java@screen-load -Dexec.args="localhost:8103 8 30"
 */
public final class ScreenLoadHarness {

    public static void main(String[] args) throws Exception {
        String target = args.length > 0 ? args[0] : "localhost:8103";
        int inFlight = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        List<String> names = QueryMix.of(ShippedLists.all(), 50_000, 11);
        ManagedChannel channel = NettyChannelBuilder.forTarget(target).usePlaintext().directExecutor().build();
        try {
            ScreeningServiceGrpc.ScreeningServiceStub stub = ScreeningServiceGrpc.newStub(channel);
            new Run(stub, names, inFlight, Math.min(10, seconds)).await();
            Run run = new Run(stub, names, inFlight, seconds);
            long start = System.nanoTime();
            run.await();
            double elapsed = (System.nanoTime() - start) / 1e9;
            long[] all = run.sortedNanos();
            Latency.Run r = new Latency.Run(all, all.length / elapsed);
            System.out.printf(Locale.ROOT, "%s, %d in flight, %d s: %d calls, %.0f calls/s, %s, errors %d%n",
                    target, inFlight, seconds, all.length, all.length / elapsed,
                    r.toString().replaceAll(", [0-9]+ names/s", ""), run.errors.get());
        } finally {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** N chains of calls, each sending its next call when the last one answers, until the end time. */
    private static final class Run {
        private final ScreeningServiceGrpc.ScreeningServiceStub stub;
        private final List<String> names;
        private final long end;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger errors = new AtomicInteger();
        private final CountDownLatch done;
        private long[] nanos = new long[1 << 16];
        private int count;

        Run(ScreeningServiceGrpc.ScreeningServiceStub stub, List<String> names, int inFlight, int seconds) {
            this.stub = stub;
            this.names = names;
            this.end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            this.done = new CountDownLatch(inFlight);
            for (int c = 0; c < inFlight; c++) call();
        }

        private void call() {
            if (System.nanoTime() >= end) {
                done.countDown();
                return;
            }
            String name = names.get(Math.floorMod(next.getAndIncrement(), names.size()));
            long start = System.nanoTime();
            stub.withDeadlineAfter(10, TimeUnit.SECONDS).screen(ScreenRequest.newBuilder().setName(name).build(),
                    new StreamObserver<>() {
                        @Override
                        public void onNext(ScreenResponse value) {
                        }

                        @Override
                        public void onError(Throwable t) {
                            errors.incrementAndGet();
                            call();
                        }

                        @Override
                        public void onCompleted() {
                            record(System.nanoTime() - start);
                            call();
                        }
                    });
        }

        private synchronized void record(long took) {
            if (count == nanos.length) nanos = Arrays.copyOf(nanos, count * 2);
            nanos[count++] = took;
        }

        void await() throws InterruptedException {
            done.await();
        }

        synchronized long[] sortedNanos() {
            long[] all = Arrays.copyOf(nanos, count);
            Arrays.sort(all);
            return all;
        }
    }
}
