package dossier.source.bench;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 *      ./mvnw -B -q -pl source-service exec:java@grpc-ingest-bench -Dexec.args="localhost:8102 CASE_ID 200 4"
 * (address, case id, articles, concurrent callers).
 */
public final class GrpcIngestBench {

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: ADDRESS CASE_ID [ARTICLES=200] [CONCURRENCY=4]");
        }
        String caseId = args[1];
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        ManagedChannel channel = ManagedChannelBuilder.forTarget(args[0]).usePlaintext()
                .maxInboundMessageSize(16 * 1024 * 1024).build();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            SourceServiceGrpc.SourceServiceBlockingStub stub = SourceServiceGrpc.newBlockingStub(channel);
            GenreArticles articles = new GenreArticles();
            String run = Long.toString(System.currentTimeMillis(), 36);
            // warm-up: the service's first calls load models and fill the lemma memory
            for (int i = 0; i < Math.min(10, count); i++) {
                stub.ingestSource(request(caseId, articles, "warm-" + run + "-" + i, i));
            }
            AtomicInteger failures = new AtomicInteger();
            List<Future<?>> calls = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int i = 0; i < count; i++) {
                int n = i;
                calls.add(pool.submit(() -> {
                    try {
                        stub.withDeadlineAfter(120, TimeUnit.SECONDS)
                                .ingestSource(request(caseId, articles, "bench-" + run + "-" + n, 10_000 + n));
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
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("%d articles of ~1,000 words through IngestSource with %d callers in %.1f s: %.1f articles/s (%d failed)%n",
                    count, concurrency, seconds, (count - failures.get()) / seconds, failures.get());
        } finally {
            pool.shutdownNow();
            channel.shutdownNow();
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
