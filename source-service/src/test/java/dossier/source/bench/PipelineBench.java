package dossier.source.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;

import dossier.source.support.Fixtures;
import dossier.support.concurrent.CpuPools;

/**
 * In-process latency of parse + CoreNLP + mention candidates + resolution + claim extraction on
 * 1,000-word articles. Entity resolution is a gRPC call to entity-service in production; here the
 * test GazetteerResolver stands in for it (so the figure excludes that network hop).
 * Run: ./mvnw -B -q -pl source-service -am package -DskipTests && ./mvnw -B -q -pl source-service exec:java@pipeline-bench
 */
public final class PipelineBench {

    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        GenreArticles articles = new GenreArticles();
        // as in the service (AnalysisThreads): the analysis runs in a fork/join pool of one thread a core
        ExecutorService analysis = CpuPools.forkJoin("analysis", 0);
        int claims = 0;
        for (int i = 0; i < warmup; i++) {
            String text = articles.article(i, 1000);
            claims += analysis.submit(() -> Fixtures.run(text, "Bench", "2025-03-04")).get().claims().size();
        }
        long[] nanos = new long[runs];
        List<Integer> words = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            String text = articles.article(warmup + i, 1000);
            words.add(text.split("\\s+").length);
            long t0 = System.nanoTime();
            claims += analysis.submit(() -> Fixtures.run(text, "Bench", "2025-03-04")).get().claims().size();
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        // how much of the text the selective parse reaches (untimed)
        int sentences = 0;
        int parsed = 0;
        dossier.source.service.TextPipeline pipeline = new dossier.source.service.TextPipeline();
        for (int i = 0; i < 20; i++) {
            String text = articles.article(i, 1000);
            var a = new dossier.source.parsing.ArticleParser().parse(text, "");
            for (var s : pipeline.analyze(a.text(), a.bodyRanges(), "2025-03-04")) {
                sentences++;
                parsed += s.parsed() ? 1 : 0;
            }
        }
        System.out.printf("parsed (NER + dependencies): %d of %d sentences (%.0f %%)%n", parsed, sentences, 100.0 * parsed / sentences);
        System.out.printf("pipeline on %d articles of ~%d words (after %d warm-up): p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d claims)%n",
                runs, words.stream().mapToInt(Integer::intValue).sum() / runs, warmup, nanos[runs / 2] / 1e6,
                nanos[(int) Math.ceil(runs * 0.99) - 1] / 1e6, nanos[runs - 1] / 1e6, claims);
    }

    private PipelineBench() {
    }
}
