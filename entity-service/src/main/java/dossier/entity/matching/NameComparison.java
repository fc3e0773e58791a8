package dossier.entity.matching;

import java.util.List;

/**
 * The outcome of aligning two token lists: the score and what was aligned with what.
 *
 * @param pairs       aligned pairs as "query~candidate (similarity)"
 * @param phonetic    how many aligned pairs were accepted by their sound rather than spelling
 * @param missingQuery query tokens with no counterpart (penalised more)
 * @param extraCandidate candidate tokens with no counterpart (penalised lightly)
 */
public record NameComparison(double score, List<String> pairs, int phonetic,
                             List<String> missingQuery, List<String> extraCandidate) {
}
