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
    static final double MIN_PAIR = 0.75;
    /** Cost of a candidate part the query does not mention, when all query parts were found. */
    static final double EXTRA_CANDIDATE_WEIGHT = 0.1;
    /** ... and when the query also has unmatched parts: then they are rather conflicting parts. */
    static final double CONFLICTING_CANDIDATE_WEIGHT = 0.7;
    /** Extra parts of an organisation's name, when all query parts were found. */
    static final double EXTRA_ORGANISATION_WEIGHT = 0.2;
    /** Short parts ("un", "il") still carry a name's identity: weigh them as if this long. */
    static final int MIN_TOKEN_WEIGHT = 4;

    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
    private static final LevenshteinDistance LEV = LevenshteinDistance.getDefaultInstance();

    private final NameNormalizer normalizer;

    public NameScorer(NameNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public NameComparison compare(List<String> query, List<String> candidate) {
        return compare(query, candidate, true);
    }

    /**
     * @param person for people an extra candidate part is usually a middle name or patronymic; for
     *               organisations it usually names another body ("Banco Santander Chile"), so it costs more
     */
    public NameComparison compare(List<String> query, List<String> candidate, boolean person) {
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
        int[] alignedTo = new int[n];
        java.util.Arrays.fill(alignedTo, -1);
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
            alignedTo[bi] = bj;
            double w = weight(q.get(bi)) + weight(c.get(bj));
            // squared: a near-miss part ("marquez"/"marcos") must cost more than its raw similarity says
            num += best * best * w;
            den += w;
            if (byPhonetic[bi][bj]) phonetic++;
            pairs.add(q.get(bi) + "~" + c.get(bj) + String.format(Locale.ROOT, " (%.2f)", best));
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!qUsed[i]) {
                missing.add(q.get(i));
                den += 2 * weight(q.get(i)) * (isNumber(q.get(i)) ? 1.5 : 1.0);
            }
        }
        List<String> extra = new ArrayList<>();
        double extraWeight = missing.isEmpty() ? (person ? EXTRA_CANDIDATE_WEIGHT : EXTRA_ORGANISATION_WEIGHT)
                : CONFLICTING_CANDIDATE_WEIGHT;
        for (int j = 0; j < m; j++) {
            if (!cUsed[j]) {
                extra.add(c.get(j));
                // a number ("23", "ii") tells two vessels or companies apart: never a light difference
                den += 2 * weight(c.get(j)) * (isNumber(c.get(j)) ? 1.5 : extraWeight);
            }
        }
        double score = den == 0 ? 0 : num / den;
        // in patronymic chains ("Salman bin Muhammad") order is identity: father and son swapped are two people
        if (swappedAroundConnector(q, c, alignedTo)) score *= 0.6;
        return new NameComparison(score, pairs, phonetic, missing, extra);
    }

    private static final java.util.Set<String> FILIATION = java.util.Set.of("bin", "ibn", "ben", "bint", "binti", "ould", "walad");

    private static boolean swappedAroundConnector(List<String> q, List<String> c, int[] alignedTo) {
        for (int i = 1; i + 1 < q.size(); i++) {
            if (!FILIATION.contains(q.get(i))) continue;
            int before = alignedTo[i - 1], after = alignedTo[i + 1];
            if (before >= 0 && after >= 0 && before > after) return true;
        }
        return false;
    }

    private static final java.util.Set<String> ROMAN = java.util.Set.of("ii", "iii", "iv", "vi", "vii", "viii", "ix"); // single letters are initials

    private static boolean isNumber(String t) {
        return Character.isDigit(t.charAt(0)) || ROMAN.contains(t);
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
        double s = (jw + edit) / 2.0;
        // same consonants, other vowels: a transliteration variant ("un"/"uun", "jong"/"jung")
        String ca = consonants(a);
        if (!ca.isEmpty() && ca.equals(consonants(b)) && a.charAt(0) == b.charAt(0)) s = Math.max(s, 0.8);
        return s;
    }

    private static String consonants(String t) {
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ("aeiouy".indexOf(c) < 0) sb.append(c);
        }
        return sb.toString();
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
        for (int span = 3; span >= 2; span--) {
            for (int i = 0; i + span <= side.size(); i++) {
                String joined = String.join("", side.subList(i, i + span));
                for (String o : other) {
                    // similarity >= 0.92 needs lengths within 16% (edit part <= 1 - diff/max): skip the rest unscored
                    if (o.length() >= 4 && Math.abs(joined.length() - o.length()) <= 0.16 * Math.max(joined.length(), o.length())
                            && spellingSimilarity(joined, o) >= 0.92) {
                        side.set(i, joined);
                        side.subList(i + 1, i + span).clear();
                        break;
                    }
                }
            }
        }
    }
}
