package dossier.entity.matching;

import java.util.List;
import java.util.Map;

/**
 * The outcome of aligning two token lists: the score and what was aligned with what.
 *
 * @param pairs          aligned pairs as "query~candidate (similarity)"
 * @param matchedBy      how many aligned pairs each comparison other than plain spelling accepted
 *                       ({@link NameScorer.PairKind})
 * @param missingQuery   query tokens with no counterpart (penalised more)
 * @param extraCandidate candidate tokens with no counterpart (penalised lightly)
 */
public record NameComparison(double score, List<String> pairs, Map<NameScorer.PairKind, Integer> matchedBy,
                             List<String> missingQuery, List<String> extraCandidate) {

    /** How many aligned pairs were accepted by their sound rather than spelling. */
    public int phonetic() {
        return matchedBy.getOrDefault(NameScorer.PairKind.PHONETIC, 0);
    }
}
