package dossier.entity.resolution;

/** A span of the document (UTF-16 offsets) that may name an entity; hint is optional ("PERSON", "PLACE", "DESCRIPTOR"). */
public record MentionCandidate(int start, int end, String text, String hint) {
}
