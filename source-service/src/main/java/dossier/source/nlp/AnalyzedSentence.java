package dossier.source.nlp;

import java.util.List;

import edu.stanford.nlp.semgraph.SemanticGraph;

/**
 * A sentence with offsets in the full text. {@code heading} marks a line without closing
 * punctuation (a section title), which carries no claims. {@code graph} is CoreNLP's enhanced++
 * dependency graph when the sentence was parsed (it could carry an event), else null; its node
 * with index i (1-based) is token i - 1.
 */
public record AnalyzedSentence(int start, int end, String text, List<Token> tokens, boolean heading,
                               SemanticGraph graph) {

    public AnalyzedSentence(int start, int end, String text, List<Token> tokens, boolean heading) {
        this(start, end, text, tokens, heading, null);
    }

    public int size() {
        return tokens.size();
    }

    public Token get(int i) {
        return tokens.get(i);
    }

    public boolean parsed() {
        return graph != null;
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
