package dossier.entity.bench;

import dossier.entity.matching.EntityMatcher;
import dossier.entity.matching.MatchSubject;
import dossier.entity.matching.MatcherIndex;
import dossier.entity.matching.NameNormalizer;
import dossier.entity.testdata.ShippedLists;

import java.util.List;

/**
 * In-process screening latency on the whole imported index: both lists the project ships (OFAC SDN
 * with its aliases, UN Consolidated List, see {@link ShippedLists}). Queries are the index's own
 * names as listed, with a typo, reordered, and names on no list ({@link QueryMix}). Prints the index
 * build time, p50/p90/p99/max on one thread after a warm-up, and throughput on 2 threads. Run:
 *
 *   ./mvnw -B -q -pl entity-service -am package -DskipTests
 *   ./mvnw -B -q -pl entity-service exec:java@screening-bench
 */
public final class ScreeningLatencyBench {

    public static void main(String[] args) throws Exception {
        int queries = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        List<MatchSubject> all = ShippedLists.all();
        if (all == null) {
            throw new IllegalStateException("the shipped list files were not found (sanctions-service/src/main/resources/lists)");
        }
        MatcherIndex index = new MatcherIndex(NameNormalizer.standard());
        long t0 = System.nanoTime();
        index.putAll(all);
        System.out.printf("index: %d entities, %d names in %d ms%n", index.size(), index.nameCount(),
                (System.nanoTime() - t0) / 1_000_000);
        EntityMatcher matcher = new EntityMatcher(index, EntityMatcher.DEFAULT_THRESHOLD);
        List<String> names = QueryMix.of(all, queries, 42);
        Latency.Run run = Latency.oneThread(matcher, names, 5_000);
        System.out.printf("screening %d names against %d entities, one thread: %s%n", queries, index.size(), run);
        System.out.println("  slowest by their best of 3: " + String.join("; ", run.slowest()));
        System.out.printf("2 threads: %.0f names/s%n", Latency.throughput(matcher, names, 2));
    }
}
