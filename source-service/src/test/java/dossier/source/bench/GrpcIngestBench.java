package dossier.source.bench;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.ArrayList;
import java.util.List;

import dossier.source.v1.IngestSourceRequest;
import dossier.source.v1.SourceServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;

/**
 * Articles per second through IngestSource against a running source-service (which needs its
 * entity-service and sanctions-service: ingest resolves mentions and checks the case, and fails
 * with UNAVAILABLE without them). Generated 1,000-word articles, each distinct, go concurrently
 * into one existing case.
 * Run: ./mvnw -B -q -pl source-service -am package -DskipTests &&
 *      ./mvnw -B -q -pl source-service exec:java@grpc-ingest-bench -Dexec.args="localhost:8102 CASE_ID 1000 8 1000 WARMUP_CASE_ID"
 * (address, case id, articles, concurrent callers, warm-up articles before the timed ones: 10 by
 * default, about 1,000 for the steady state after a start; and the case they go into, by default the
 * timed one).
 */
public final class GrpcIngestBench {

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: ADDRESS CASE_ID [ARTICLES=200] [CONCURRENCY=4] [WARMUP=10] [WARMUP_CASE_ID=CASE_ID]");
        }
        String caseId = args[1];
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        // a case of its own for the warm-up keeps the timed case as large as the timed articles make it
        String warmupCaseId = args.length > 5 ? args[5] : caseId;
        ManagedChannel channel = ManagedChannelBuilder.forTarget(args[0]).usePlaintext()
                .maxInboundMessageSize(16 * 1024 * 1024).build();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            SourceServiceGrpc.SourceServiceBlockingStub stub = SourceServiceGrpc.newBlockingStub(channel);
            GenreArticles articles = new GenreArticles();
            String run = Long.toString(System.currentTimeMillis(), 36);
            // warm-up, not timed: the services' first calls load models and fill the lemma memory,
            // and their JITs compile the hot paths over the first thousand or so articles after a start
            AtomicInteger warmFailures = new AtomicInteger();
            long w0 = System.nanoTime();
            run(pool, warmup, n -> stub.withDeadlineAfter(120, TimeUnit.SECONDS)
                    .ingestSource(request(warmupCaseId, articles, "warm-" + run + "-" + n, n)), warmFailures);
            double warmSeconds = (System.nanoTime() - w0) / 1e9;
            System.out.printf("warm-up, not timed: %d articles in %.1f s: %.1f articles/s (%d failed)%n",
                    warmup, warmSeconds, (warmup - warmFailures.get()) / warmSeconds, warmFailures.get());
            AtomicInteger failures = new AtomicInteger();
            long t0 = System.nanoTime();
            run(pool, count, n -> stub.withDeadlineAfter(120, TimeUnit.SECONDS)
                    .ingestSource(request(caseId, articles, "bench-" + run + "-" + n, 100_000 + n)), failures);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%d articles of ~1,000 words through IngestSource with %d callers in %.1f s: %.1f articles/s (%d failed)%n",
                    count, concurrency, seconds, (count - failures.get()) / seconds, failures.get());
        } finally {
            pool.shutdownNow();
            channel.shutdownNow();
        }
    }

    /** Calls {@code ingest} for 0..count-1 on the pool and waits for all; failures are counted, the first printed. */
    private static void run(ExecutorService pool, int count, IntConsumer ingest, AtomicInteger failures) throws Exception {
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            calls.add(pool.submit(() -> {
                try {
                    ingest.accept(n);
                } catch (RuntimeException e) {
                    if (failures.incrementAndGet() == 1) {
                        System.err.println("ingest failed: " + e.getMessage());
                    }
                }
            }));
        }
        for (Future<?> f : calls) {
            f.get();
        }
    }

    // a unique title line keeps every article distinct, so none is answered as a duplicate
    private static IngestSourceRequest request(String caseId, GenreArticles articles, String tag, int n) {
        return IngestSourceRequest.newBuilder().setCaseId(caseId).setOutlet("Bench")
                .setText("Bench report " + tag + "\n\n" + articles.article(n, 1000)).build();
    }

    private GrpcIngestBench() {
    }
}
