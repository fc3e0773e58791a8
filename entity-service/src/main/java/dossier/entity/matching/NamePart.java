package dossier.entity.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * One normalised name part with what the scorer compares it by: its Double Metaphone codes, its
 * key as a Korean syllable and as Mandarin syllables, its consonants. Each is computed the first
 * time it is asked for and kept: the index holds one instance per distinct part (and fills them
 * in at index time), so screening never recomputes a list name's features, and a query computes
 * its own once however many candidates it is compared with. Equal by text. Thread-safe: a feature
 * computed twice by racing threads is the same value.
 */
public final class NamePart {

    /** Marks a key that was computed and does not exist (the part is no such syllable). */
    private static final String NONE = new String("");

    private final String text;
    private List<String> phonetic;
    private String korean;
    private String mandarin;
    private String mandarinInitial;
    private String consonants;
    private String skeleton;
    private int vowels = -1;

    NamePart(String text) {
        this.text = text;
    }

    /** Parts of normalised tokens, features computed on demand. */
    public static List<NamePart> of(List<String> tokens) {
        List<NamePart> out = new ArrayList<>(tokens.size());
        for (String t : tokens) out.add(new NamePart(t));
        return out;
    }

    public String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    /** Computes every feature now (index time), so that readers only read. */
    NamePart computeAll() {
        phonetic();
        korean();
        mandarin();
        mandarinInitial();
        consonants();
        skeleton();
        vowels();
        return this;
    }

    /** Double Metaphone primary and alternate codes; empty for a part without letters. */
    List<String> phonetic() {
        List<String> p = phonetic;
        if (p == null) phonetic = p = List.copyOf(NameNormalizer.standard().phoneticKeys(text));
        return p;
    }

    /** Its key as one romanised Korean syllable ({@link KoreanRomanisation}), or null. */
    String korean() {
        String k = korean;
        if (k == null) {
            k = KoreanRomanisation.key(text);
            korean = k = k == null ? NONE : k;
        }
        return k == NONE ? null : k;
    }

    /** Its key as a run of romanised Mandarin syllables ({@link ChineseRomanisation}), or null. */
    String mandarin() {
        String k = mandarin;
        if (k == null) {
            k = ChineseRomanisation.key(text);
            mandarin = k = k == null ? NONE : k;
        }
        return k == NONE ? null : k;
    }

    /** The class of its first Mandarin initial (see {@link ChineseRomanisation#initialClass}). */
    String mandarinInitial() {
        String k = mandarinInitial;
        if (k == null) mandarinInitial = k = ChineseRomanisation.initialClass(text);
        return k;
    }

    /** The part without the letters a, e, i, o, u, y. */
    String consonants() {
        String c = consonants;
        if (c == null) consonants = c = NameScorer.consonants(text);
        return c;
    }

    /** Consonants without w, y, v and doubled letters (see {@link NameScorer#sameConsonants}). */
    String skeleton() {
        String s = skeleton;
        if (s == null) skeleton = s = NameScorer.skeleton(text);
        return s;
    }

    int vowels() {
        int v = vowels;
        if (v < 0) vowels = v = NameScorer.vowels(text);
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NamePart p && p.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
