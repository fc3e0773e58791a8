package dossier.source.parsing;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Milliseconds of one core that the markup conversion and the article parser take on each
 * adversarial input of {@link HostileTexts}: the best of RUNS runs, a run abandoned after CAP
 * seconds (printed as "> CAP s"; it cannot be stopped, so the harness exits at the end).
 * Run: ./mvnw -B -q -o -pl source-service test-compile exec:java@hostile-text-bench [-Dexec.args="RUNS CAP FILTER"]
 */
public final class HostileTextBench {

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int cap = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        String filter = args.length > 2 ? args[2] : "";
        MarkupConverter markup = new MarkupConverter();
        ArticleParser parser = new ArticleParser();
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        report("markdown", HostileTexts.markdown(), s -> markup.toPlainText(s, "text/markdown"), runs, cap, filter, pool);
        report("html", HostileTexts.html(), s -> markup.toPlainText(s, "text/html"), runs, cap, filter, pool);
        report("article", HostileTexts.plain(), s -> parser.parse(s, ""), runs, cap, filter, pool);
        System.exit(0);
    }

    private static void report(String kind, Map<String, String> inputs, Function<String, ?> f, int runs, int cap,
                               String filter, ExecutorService pool) throws Exception {
        for (Map.Entry<String, String> e : inputs.entrySet()) {
            if (!(kind + " " + e.getKey()).contains(filter)) {
                continue;
            }
            long best = Long.MAX_VALUE;
            String result = null;
            for (int i = 0; i < runs && result == null; i++) {
                long t0 = System.nanoTime();
                Future<?> run = pool.submit(() -> f.apply(e.getValue()));
                try {
                    run.get(cap, TimeUnit.SECONDS);
                    best = Math.min(best, (System.nanoTime() - t0) / 1_000_000);
                } catch (TimeoutException timedOut) {
                    result = "> " + cap + " s";
                }
            }
            System.out.printf("%-9s %-32s %,9d chars  %s%n", kind, e.getKey(), e.getValue().length(),
                    result != null ? result : String.format("best %,7d ms", best));
        }
    }

    private HostileTextBench() {
    }
}
