package dossier.web.model;

/**
 * A run of source text, either plain or inside a highlighted span. {@code note} says what the
 * highlight is (e.g. the claim's summary) and is empty for plain runs; {@code claimId} names the claims
 * of the highlight, space-separated when spans were merged. The text is raw source
 * text: the UI must set it as text, never as HTML.
 */
public record TextSegment(String text, boolean highlighted, String note, String claimId) {

    static TextSegment plain(String text) {
        return new TextSegment(text, false, "", "");
    }
}
