package dossier.source.nlp;

/**
 * One token with its offsets in the full text, its Universal POS tag, its lemma, and the lemma it
 * would have as a verb (the tagger sometimes calls a gerund a noun; rules about verbs look at both),
 * and its lower case (made once: the extraction rules ask for it many times a token).
 */
public record Token(String text, int start, int end, String tag, String lemma, String verbLemma, String lower) {

    public Token(String text, int start, int end, String tag, String lemma, String verbLemma) {
        this(text, start, end, tag, lemma, verbLemma, text.toLowerCase(java.util.Locale.ROOT));
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
