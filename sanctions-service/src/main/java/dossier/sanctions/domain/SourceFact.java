package dossier.sanctions.domain;

/** A source of the case: its headline, outlet, publication date and the source it nearly copies. */
public record SourceFact(String id, String title, String outlet, String publishedDate, String nearCopyOf) {
}
