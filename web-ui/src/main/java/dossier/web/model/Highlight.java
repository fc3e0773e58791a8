package dossier.web.model;

/**
 * A stretch of a source's text to highlight: UTF-16 offsets [start, end) as on the wire, the text
 * the service says is there (used to re-anchor when offsets are stale), and what it stands for.
 */
public record Highlight(int start, int end, String expectedText, String note, String claimId) {
}
