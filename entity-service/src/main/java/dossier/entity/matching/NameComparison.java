package dossier.entity.matching;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of aligning two token lists: the score and what was aligned with what.
 *
 * @param aligned        aligned pairs of parts, best first
 * @param matchedBy      how many aligned pairs each comparison other than plain spelling accepted
 *                       ({@link NameScorer.PairKind})
 * @param missingQuery   query tokens with no counterpart (penalised more)
 * @param extraCandidate candidate tokens with no counterpart (penalised lightly)
 */
public record NameComparison(double score, List<Aligned> aligned, Map<NameScorer.PairKind, Integer> matchedBy,
                             List<String> missingQuery, List<String> extraCandidate) {

    /** A query part aligned with a candidate part, and their similarity. */
    public record Aligned(String query, String candidate, double similarity) {
        /** "query~candidate (similarity)". */
        @Override
        public String toString() {
            return query + "~" + candidate + String.format(Locale.ROOT, " (%.2f)", similarity);
        }
    }

    /** The aligned pairs as "query~candidate (similarity)" (built on demand: only hits shown need them). */
    public List<String> pairs() {
        return aligned.stream().map(Aligned::toString).toList();
    }

    /** How many aligned pairs were accepted by their sound rather than spelling. */
    public int phonetic() {
        return matchedBy.getOrDefault(NameScorer.PairKind.PHONETIC, 0);
    }
}
