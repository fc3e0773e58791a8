package dossier.entity.bench;

import dossier.entity.matching.EntityMatcher;
import dossier.entity.matching.MatchQuery;
import dossier.entity.matching.MatchSubject;
import dossier.entity.matching.MatcherIndex;
import dossier.entity.matching.NameNormalizer;
import dossier.entity.testdata.OfacFixture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * In-process screening latency on the whole OFAC SDN list: names of listed entities with a typo,
 * reordered, and names that are on no list, each matched against the full index. Prints p50, p90,
 * p99 and max after a warm-up. Not a unit test: run it with
 *
 *   ./mvnw -B -q -pl entity-service test-compile exec:java@screening-bench
 */
public final class ScreeningLatencyBench {

    public static void main(String[] args) {
        int queries = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        List<MatchSubject> all = OfacFixture.fullList();
        if (all == null) {
            throw new IllegalStateException("the shipped OFAC file was not found (sanctions-service/src/main/resources/lists)");
        }
        MatcherIndex index = new MatcherIndex(NameNormalizer.standard());
        long t0 = System.nanoTime();
        index.putAll(all);
        System.out.printf("index: %d entities in %d ms%n", all.size(), (System.nanoTime() - t0) / 1_000_000);
        EntityMatcher matcher = new EntityMatcher(index, EntityMatcher.DEFAULT_THRESHOLD);

        Random random = new Random(42);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < queries; i++) {
            String name = all.get(random.nextInt(all.size())).caption();
            names.add(switch (i % 4) {
                case 0 -> name;
                case 1 -> typo(name, random);
                case 2 -> reorder(name);
                default -> "Zorvan " + (char) ('A' + random.nextInt(26)) + "elmiro Quistad" + i % 97;
            });
        }
        for (int i = 0; i < Math.min(5_000, queries); i++) {
            matcher.match(MatchQuery.of(names.get(i)));
        }
        long[] nanos = new long[queries];
        long start = System.nanoTime();
        for (int i = 0; i < queries; i++) {
            long s = System.nanoTime();
            matcher.match(MatchQuery.of(names.get(i)));
            nanos[i] = System.nanoTime() - s;
        }
        long total = System.nanoTime() - start;
        Arrays.sort(nanos);
        System.out.printf("screening %d names against %d entities, one thread: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms, %.0f names/s%n",
                queries, all.size(), ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[queries - 1] / 1e6,
                queries / (total / 1e9));
    }

    private static double ms(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e6;
    }

    private static String typo(String name, Random random) {
        if (name.length() < 4) {
            return name;
        }
        int i = 1 + random.nextInt(name.length() - 2);
        return name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2);
    }

    private static String reorder(String name) {
        int comma = name.indexOf(", ");
        return comma < 0 ? name : name.substring(comma + 2) + " " + name.substring(0, comma);
    }
}
