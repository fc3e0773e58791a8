package dossier.source.domain;

/** A stretch of a source's text; offsets are UTF-16 code units of the full ingested text. */
public record TextSpan(int start, int end, String text, String prefix, String suffix) {

    private static final int CONTEXT = 32;

    /** Cuts the span and its re-anchoring context out of the text. */
    public static TextSpan of(String fullText, int start, int end) {
        int s = Math.max(0, Math.min(start, fullText.length()));
        int e = Math.max(s, Math.min(end, fullText.length()));
        return new TextSpan(s, e, fullText.substring(s, e),
                fullText.substring(Math.max(0, s - CONTEXT), s),
                fullText.substring(e, Math.min(fullText.length(), e + CONTEXT)));
    }
}
