package dossier.source.nlp;

import java.util.List;

/**
 * A sentence with offsets in the full text. {@code heading} marks a line without closing
 * punctuation (a section title), which carries no claims.
 */
public record AnalyzedSentence(int start, int end, String text, List<Token> tokens, boolean heading) {

    public int size() {
        return tokens.size();
    }

    public Token get(int i) {
        return tokens.get(i);
    }

    /** Index of the first token at or after the offset, or size(). */
    public int indexAt(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size();
    }
}
