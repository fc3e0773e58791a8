package dossier.source.domain;

/** A span that may name an entity, found before resolution; hint is PERSON, DESCRIPTOR or empty. */
public record MentionCandidate(int start, int end, String text, String hint) {
}
