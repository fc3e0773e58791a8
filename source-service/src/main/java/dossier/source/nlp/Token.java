package dossier.source.nlp;

/**
 * One token with its offsets in the full text, its Universal POS tag (mapped from CoreNLP's Penn
 * Treebank tag {@code ptb}, which the token rules were written against), its lemma, and the lemma it
 * would have as a verb (the tagger sometimes calls a gerund a noun; rules about verbs look at both),
 * its lower case (made once: the extraction rules ask for it many times a token), and, in parsed
 * sentences, CoreNLP's named-entity type and normalised value ("2019-05", "$300000.0"), else "".
 */
public record Token(String text, int start, int end, String tag, String lemma, String verbLemma, String lower,
                    String ptb, String ner, String normalized) {

    public Token(String text, int start, int end, String tag, String lemma, String verbLemma) {
        this(text, start, end, tag, lemma, verbLemma, text.toLowerCase(java.util.Locale.ROOT), "", "", "");
    }

    public Token {
        ptb = ptb == null ? "" : ptb;
        ner = ner == null || ner.equals("O") ? "" : ner;
        normalized = normalized == null ? "" : normalized;
    }

    public boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean is(String tagName) {
        return tag.equals(tagName);
    }

    public boolean isNounLike() {
        return tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("NUM");
    }

    public boolean isPunct() {
        return tag.equals("PUNCT");
    }
}
