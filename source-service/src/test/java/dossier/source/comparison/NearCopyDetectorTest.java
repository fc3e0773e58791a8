package dossier.source.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import dossier.source.support.Fixtures;

class NearCopyDetectorTest {

    @Test
    void aLightlyEditedCopyIsFoundAndADifferentStoryIsNot() {
        String original = Fixtures.read("articles/tanker-1.txt");
        String edited = original.replace("on Monday", "on Tuesday") + "\nThe report was updated.";
        NearCopyDetector d = new NearCopyDetector(0.5);
        assertThat(d.nearCopyOf(edited, Map.of("orig", original, "other", Fixtures.read("articles/tanker-2.txt"))))
                .contains("orig");
        assertThat(d.nearCopyOf(Fixtures.read("articles/tanker-2.txt"), Map.of("orig", original))).isEmpty();
    }

    @Test
    void theMergeStopsEarlyOnlyForPairsBelowTheFloor() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            // two sets drawn from a shared range: their overlap runs from none to nearly all
            int range = 50 + random.nextInt(2_000);
            long[] a = draw(random, range, 1 + random.nextInt(400));
            long[] b = draw(random, range, 1 + random.nextInt(400));
            double exact = exactJaccard(a, b);
            double floor = random.nextInt(4) == 0 ? exact : random.nextDouble();
            double got = NearCopyDetector.jaccard(a, b, floor);
            if (exact >= floor) {
                assertThat(got).as("round %d, floor %s", round, floor).isEqualTo(exact);
            } else {
                assertThat(got).as("round %d, floor %s", round, floor).isIn(0.0, exact);
            }
        }
    }

    private static long[] draw(Random random, int range, int size) {
        return LongStream.generate(() -> random.nextInt(range)).limit(size).sorted().distinct().toArray();
    }

    private static double exactJaccard(long[] a, long[] b) {
        long common = LongStream.of(a).filter(x -> java.util.Arrays.binarySearch(b, x) >= 0).count();
        return common / (double) (a.length + b.length - common);
    }
}
