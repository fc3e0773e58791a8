package dossier.sanctions.bench;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.CaseServiceGrpc;
import dossier.sanctions.v1.CreateCaseRequest;
import dossier.sanctions.v1.EvaluateCaseRequest;
import dossier.sanctions.v1.EvaluateCaseResponse;
import dossier.sanctions.v1.GetCaseFileRequest;
import dossier.source.v1.IngestSourceRequest;
import dossier.source.v1.SourceServiceGrpc;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Latency of EvaluateCase and GetCaseFile for a real case against a running suite (issue #5: the
 * seed case evaluates in < 300 ms and its case file comes in < 200 ms, warm). Creates a case from a
 * folder with case.json and its articles (the launcher's sample format), ingests them through
 * source-service, warms up, then times each call N times, one at a time, and prints percentiles.
 *
 * <p>Arguments (all optional): sanctions target, source target, case folder, measured calls, warm-up calls.
 * See the README for the command.
 */
public final class CaseServiceBench {

    public static void main(String[] args) throws Exception {
        String sanctionsTarget = arg(args, 0, "localhost:8103");
        String sourceTarget = arg(args, 1, "localhost:8102");
        Path dir = Path.of(arg(args, 2, "deploy/samples/aurus-gift-2024"));
        int n = Integer.parseInt(arg(args, 3, "50"));
        int warmup = Integer.parseInt(arg(args, 4, "20"));

        ManagedChannel sanctions = channel(sanctionsTarget);
        ManagedChannel source = channel(sourceTarget);
        try {
            var cases = CaseServiceGrpc.newBlockingStub(sanctions);
            String caseId = load(dir, cases, SourceServiceGrpc.newBlockingStub(source));
            EvaluateCaseRequest evaluate = EvaluateCaseRequest.newBuilder().setCaseId(caseId).setReason("benchmark").build();
            GetCaseFileRequest getFile = GetCaseFileRequest.newBuilder().setCaseId(caseId).build();
            EvaluateCaseResponse first = cases.withDeadlineAfter(120, TimeUnit.SECONDS).evaluateCase(evaluate);
            CaseFile file = cases.withDeadlineAfter(60, TimeUnit.SECONDS).getCaseFile(getFile);
            System.out.printf("case %s: %d incidents, %d verdicts, %d parties, %d sources, %d claims%n", caseId,
                    first.getIncidentsCount(), first.getVerdictsCount(), file.getPartiesCount(), file.getSourcesCount(),
                    file.getClaimsCount());
            for (int i = 0; i < warmup; i++) {
                cases.evaluateCase(evaluate);
                cases.getCaseFile(getFile);
            }
            report("EvaluateCase", time(n, () -> cases.evaluateCase(evaluate)), 300);
            report("GetCaseFile", time(n, () -> cases.getCaseFile(getFile)), 200);
        } finally {
            sanctions.shutdownNow();
            source.shutdownNow();
        }
    }

    /** The case as the launcher's demo loads it: create, then ingest every article of the manifest. */
    static String load(Path dir, CaseServiceGrpc.CaseServiceBlockingStub cases, SourceServiceGrpc.SourceServiceBlockingStub sources)
            throws Exception {
        JsonNode manifest = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readTree(dir.resolve("case.json").toFile());
        Case c = cases.createCase(CreateCaseRequest.newBuilder().setTitle(manifest.path("title").asText() + " (benchmark)")
                .setDescription(manifest.path("description").asText()).build());
        for (JsonNode s : manifest.path("sources")) {
            String text = Files.readString(dir.resolve(s.path("file").asText()), StandardCharsets.UTF_8);
            sources.withDeadlineAfter(120, TimeUnit.SECONDS).ingestSource(IngestSourceRequest.newBuilder().setCaseId(c.getId())
                    .setText(text).setOutlet(s.path("outlet").asText()).setUrl(s.path("url").asText())
                    .setPublishedDate(s.path("published_date").asText()).build());
        }
        return c.getId();
    }

    static long[] time(int n, Supplier<?> call) {
        long[] nanos = new long[n];
        for (int i = 0; i < n; i++) {
            long t0 = System.nanoTime();
            call.get();
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    static void report(String name, long[] sorted, int targetMs) {
        System.out.printf("%-13s n=%d  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  max %6.1f ms  (target p50 < %d ms)%n", name,
                sorted.length, ms(sorted, 0.50), ms(sorted, 0.90), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6, targetMs);
    }

    /** Nearest-rank percentile. */
    static double ms(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }

    private static ManagedChannel channel(String target) {
        return ManagedChannelBuilder.forTarget(target).usePlaintext().maxInboundMessageSize(64 * 1024 * 1024).build();
    }

    private static String arg(String[] args, int i, String def) {
        return args.length > i && !args[i].isBlank() ? args[i] : def;
    }
}
