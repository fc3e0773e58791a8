package dossier.sanctions.domain;

/** Where a claim or argument stands in its source's text. */
public record TextSpan(int start, int end, String text) {
    public static final TextSpan NONE = new TextSpan(0, 0, "");

    public boolean present() {
        return end > 0;
    }
}
