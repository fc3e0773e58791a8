package dossier.entity.matching;

/** One feature's contribution to a score, with a sentence an analyst understands. */
public record MatchReason(String feature, double score, String detail) {
}
