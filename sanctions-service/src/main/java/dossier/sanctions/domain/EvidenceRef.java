package dossier.sanctions.domain;

/** A claim quoted in support of a step: its sentence (or argument) and its source. */
public record EvidenceRef(String claimId, String sourceId, String sourceTitle, TextSpan span, String claimSummary) {
}
