package dossier.entity.matching;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** The speed shortcuts of the matcher change no result: each against the plain computation. */
class MatchingShortcutsTest {

    @Test
    void spellingSimilarityIsExactWhereTheAlignmentUsesIt() throws Exception {
        List<String> parts = benchmarkNameParts();
        Collections.shuffle(parts, new Random(7));
        List<String> sample = parts.subList(0, Math.min(400, parts.size()));
        int accepted = 0;
        for (String a : sample) {
            for (String b : sample) {
                double fast = NameScorer.spellingSimilarity(a, b), full = fullSpellingSimilarity(a, b);
                if (full >= NameScorer.MIN_PAIR) {
                    accepted++;
                    assertThat(fast).as(a + " / " + b).isEqualTo(full);
                } else {
                    assertThat(fast).as(a + " / " + b).isLessThan(NameScorer.MIN_PAIR);
                }
            }
        }
        assertThat(accepted).isGreaterThan(sample.size()); // more than the pairs of a part with itself
    }

    @Test
    void gallopFindsTheFirstIdAtLeastTheOneSought() {
        Random random = new Random(3);
        for (int round = 0; round < 500; round++) {
            TreeSet<Integer> set = new TreeSet<>();
            int n = random.nextInt(200);
            while (set.size() < n) set.add(random.nextInt(1000));
            int[] ids = set.stream().mapToInt(Integer::intValue).toArray();
            int from = ids.length == 0 ? 0 : random.nextInt(ids.length + 1);
            int id = random.nextInt(1100);
            int expected = from;
            while (expected < ids.length && ids[expected] < id) expected++;
            assertThat(CandidateRanking.gallop(ids, from, ids.length, id)).isEqualTo(expected);
        }
    }

    /** The formula without shortcuts: Jaro-Winkler and the full edit distance, then the same rules. */
    private static double fullSpellingSimilarity(String a, String b) {
        if (a.equals(b)) return 1.0;
        if (Character.isDigit(a.charAt(0)) || Character.isDigit(b.charAt(0))) return 0.0;
        if (a.length() == 1 || b.length() == 1) return a.charAt(0) == b.charAt(0) ? 0.75 : 0.0;
        int edits = LevenshteinDistance.getDefaultInstance().apply(a, b), longer = Math.max(a.length(), b.length());
        double s = 0.4 * new JaroWinklerSimilarity().apply(a, b) + 0.6 * (1.0 - (double) edits / longer);
        if (edits >= NameScorer.MIN_OTHER_NAME_EDITS) s = Math.min(s, NameScorer.MIN_PAIR - 0.01);
        else if (longer >= NameScorer.MIN_TYPO_LENGTH && a.charAt(0) == b.charAt(0)) s = Math.max(s, NameScorer.MIN_PAIR);
        String ca = NameScorer.consonants(a);
        if (!ca.isEmpty() && ca.equals(NameScorer.consonants(b)) && a.charAt(0) == b.charAt(0)) s = Math.max(s, 0.8);
        return s;
    }

    private static List<String> benchmarkNameParts() throws Exception {
        TreeSet<String> parts = new TreeSet<>();
        try (Reader r = new InputStreamReader(MatchingShortcutsTest.class.getResourceAsStream("/data/nomenklatura_name_bench_cases.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                parts.addAll(NameNormalizer.standard().tokens(rec.get("name1")));
                parts.addAll(NameNormalizer.standard().tokens(rec.get("name2")));
            }
        }
        return new ArrayList<>(parts);
    }
}
