package dossier.source.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dossier.source.comparison.ClaimComparator;
import dossier.source.comparison.ComparisonResult;
import dossier.source.domain.Claim;
import dossier.source.extraction.Lexicon;
import dossier.source.support.Fixtures;

/**
 * In-process time of ListConflicts' comparison over one large case: the claims of N generated
 * 1,000-word articles (one source each, every tenth a near copy of the one before), compared as a
 * whole, as each re-evaluation of the case does. Prints the time and a digest of the result, so
 * that a change meant to keep the result can be checked against the digest before it.
 * Run: ./mvnw -B -q -pl source-service exec:java@comparison-bench [-Dexec.args="SOURCES ROUNDS"]
 */
public final class ComparisonBench {

    public static void main(String[] args) {
        int sources = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        GenreArticles articles = new GenreArticles();
        List<Claim> claims = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        Map<String, String> copies = new HashMap<>();
        for (int i = 0; i < sources; i++) {
            String id = "s" + i;
            int n = 0;
            for (Claim c : Fixtures.run(articles.article(i, 1000), "Outlet " + (i % 40), "2025-03-04").claims()) {
                claims.add(c.withIds(id + "-c" + n++, "bench", id));
            }
            labels.put(id, "Outlet " + (i % 40));
            if (i % 10 == 9) {
                copies.put(id, "s" + (i - 1));
            }
        }
        long[] nanos = new long[rounds];
        ComparisonResult result = null;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            result = new ClaimComparator(Lexicon.english()).compare("bench", claims, labels, copies);
            nanos[r] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf("comparison of %d claims from %d sources: best %.1f ms, median %.1f ms over %d rounds; "
                        + "%d conflicts, %d corroborations, digest %08x%n",
                claims.size(), sources, nanos[0] / 1e6, nanos[rounds / 2] / 1e6, rounds,
                result.conflicts().size(), result.corroborations().size(), result.toString().hashCode());
    }

    private ComparisonBench() {
    }
}
