package dossier.entity.matching;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compares two tokenised names independent of part order: every query token is aligned with at
 * most one candidate token (best pairs first), tokens compared by Jaro-Winkler, edit distance and
 * Double Metaphone. Unaligned query parts cost more than unaligned candidate parts, because a
 * list entry usually carries more parts (patronymics, middle names) than a name in the news.
 */
public final class NameScorer {

    /** Pairs below this similarity are treated as different parts, not as a weak match. */
    static final double MIN_PAIR = 0.62;
    /** Cost of a candidate part the query does not mention, when all query parts were found. */
    static final double EXTRA_CANDIDATE_WEIGHT = 0.2;
    /** ... and when the query also has unmatched parts: then they are rather conflicting parts. */
    static final double CONFLICTING_CANDIDATE_WEIGHT = 0.7;
    /** Short parts ("un", "il") still carry a name's identity: weigh them as if this long. */
    static final int MIN_TOKEN_WEIGHT = 4;

    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEV = LevenshteinDistance.getDefaultInstance();

    private final NameNormalizer normalizer;

    public NameScorer(NameNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public NameComparison compare(List<String> query, List<String> candidate) {
        List<String> q = new ArrayList<>(query);
        List<String> c = new ArrayList<>(candidate);
        // "jongun" vs "jong un", "abdulrahman" vs "abdul rahman": join adjacent parts of one side
        mergeCompounds(q, c);
        mergeCompounds(c, q);

        int n = q.size(), m = c.size();
        double[][] sim = new double[n][m];
        boolean[][] byPhonetic = new boolean[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = spellingSimilarity(q.get(i), c.get(j));
                double p = phoneticSimilarity(q.get(i), c.get(j));
                if (p > s) {
                    sim[i][j] = p;
                    byPhonetic[i][j] = true;
                } else {
                    sim[i][j] = s;
                }
            }
        }
        boolean[] qUsed = new boolean[n], cUsed = new boolean[m];
        List<String> pairs = new ArrayList<>();
        double num = 0, den = 0;
        int phonetic = 0;
        // greedy best-first alignment: names have few parts, so this equals the optimum in practice
        while (true) {
            int bi = -1, bj = -1;
            double best = MIN_PAIR;
            for (int i = 0; i < n; i++) {
                if (qUsed[i]) continue;
                for (int j = 0; j < m; j++) {
                    if (!cUsed[j] && sim[i][j] >= best) {
                        if (sim[i][j] > best || bi < 0) {
                            best = sim[i][j];
                            bi = i;
                            bj = j;
                        }
                    }
                }
            }
            if (bi < 0) break;
            qUsed[bi] = true;
            cUsed[bj] = true;
            double w = weight(q.get(bi)) + weight(c.get(bj));
            num += Math.pow(best, Double.parseDouble(System.getProperty("x.exp", "1"))) * w;
            den += w;
            if (byPhonetic[bi][bj]) phonetic++;
            pairs.add(q.get(bi) + "~" + c.get(bj) + String.format(Locale.ROOT, " (%.2f)", best));
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!qUsed[i]) {
                missing.add(q.get(i));
                den += 2 * weight(q.get(i));
            }
        }
        List<String> extra = new ArrayList<>();
        double extraWeight = missing.isEmpty() ? EXTRA_CANDIDATE_WEIGHT : CONFLICTING_CANDIDATE_WEIGHT;
        for (int j = 0; j < m; j++) {
            if (!cUsed[j]) {
                extra.add(c.get(j));
                den += 2 * weight(c.get(j)) * extraWeight;
            }
        }
        double score = den == 0 ? 0 : num / den;
        return new NameComparison(score, pairs, phonetic, missing, extra);
    }

    private static int weight(String token) {
        return Math.max(token.length(), MIN_TOKEN_WEIGHT);
    }

    /** Spelling similarity in [0,1]: the mean of Jaro-Winkler and normalised edit distance. */
    static double spellingSimilarity(String a, String b) {
        if (a.equals(b)) return 1.0;
        boolean aDigit = Character.isDigit(a.charAt(0)), bDigit = Character.isDigit(b.charAt(0));
        if (aDigit || bDigit) return 0.0; // numbers in names (vessels, units) must match exactly
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0) ? 0.75 : 0.0; // an initial
        }
        double jw = JW.apply(a, b);
        double edit = 1.0 - (double) LEV.apply(a, b) / Math.max(a.length(), b.length());
        return (jw + edit) / 2.0;
    }

    /** Same sound and same first letter: "dmitry" / "dmitriy", "mohammed" / "muhammad". */
    double phoneticSimilarity(String a, String b) {
        if (a.length() < 3 || b.length() < 3 || a.charAt(0) != b.charAt(0)) return 0.0;
        Set<String> ka = normalizer.phoneticKeys(a);
        for (String k : normalizer.phoneticKeys(b)) {
            if (ka.contains(k)) return 0.88;
        }
        return 0.0;
    }

    private static void mergeCompounds(List<String> side, List<String> other) {
        for (int i = 0; i + 1 < side.size(); i++) {
            String joined = side.get(i) + side.get(i + 1);
            for (String o : other) {
                if (o.length() >= 4 && spellingSimilarity(joined, o) >= 0.92) {
                    side.set(i, joined);
                    side.remove(i + 1);
                    break;
                }
            }
        }
    }
}
