package dossier.entity.bench;

import dossier.entity.matching.EntityMatcher;
import dossier.entity.matching.MatchSubject;
import dossier.entity.matching.MatcherIndex;
import dossier.entity.matching.NameNormalizer;

import java.util.List;

/**
 * How screening cost grows with the index: for each size (names, aliases included; default
 * 100,000 / 300,000 / 1,000,000) builds an index of {@link SyntheticNames} (seed 42) and prints the
 * build time, the heap in use after a full GC with the index built, and p50/p90/p99/max of
 * screening its own names ({@link QueryMix}). Run in its own JVM capped at 2 GB of heap:
 *
 *   ./mvnw -B -q -pl entity-service -am package -DskipTests
 *   ./mvnw -B -q -pl entity-service exec:exec@scale-bench
 *
 * (arguments: -Dexec.args is not used; edit the sizes in the pom's scale-bench execution.)
 */
public final class ScaleBench {

    public static void main(String[] args) {
        int queries = 5_000;
        long maxHeap = Runtime.getRuntime().maxMemory() >> 20;
        System.out.printf("max heap %d MiB, baseline heap in use %d MiB%n", maxHeap, Latency.heapUsedMiB());
        for (String a : args.length > 0 ? args : new String[]{"100000", "300000", "1000000"}) {
            int size = Integer.parseInt(a);
            List<MatchSubject> subjects = new SyntheticNames(42).generate(size);
            List<String> names = QueryMix.of(subjects, queries, 7);
            MatcherIndex index = new MatcherIndex(NameNormalizer.standard());
            long t0 = System.nanoTime();
            index.putAll(subjects);
            long buildMs = (System.nanoTime() - t0) / 1_000_000;
            subjects = null; // from here only the index holds the entities
            long heap = Latency.heapUsedMiB();
            EntityMatcher matcher = new EntityMatcher(index, EntityMatcher.DEFAULT_THRESHOLD);
            Latency.Run run = Latency.oneThread(matcher, names, 2_000);
            System.out.printf("%,d names (%,d entities): build %,d ms, heap after GC %,d MiB, screening %s%n",
                    index.nameCount(), index.size(), buildMs, heap, run);
            System.out.println("  slowest by their best of 3: " + String.join("; ", run.slowest()));
        }
    }
}
