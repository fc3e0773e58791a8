package dossier.source.nlp;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.lemmatizer.LemmatizerME;

/**
 * Lemmas by (word, tag), remembered across documents. The lemmatizer's beam search evaluates a
 * model with thousands of edit-script outcomes per token and was three quarters of the analysis
 * time; a word's lemma under a given tag hardly depends on the sentence (its features are the word,
 * the tag and the previous edit script), so the word is lemmatised once, after a neutral comma, and the
 * answer reused.
 * Shared by all threads; each caller passes its own (not thread-safe) lemmatizer.
 */
final class Lemmas {

    // Vocabulary grows slowly; the bound only guards a service fed endless junk tokens.
    private static final int MAX_ENTRIES = 200_000;

    private final Map<String, String> byWordAndTag = new ConcurrentHashMap<>();

    String of(String word, String tag, LemmatizerME lemmatizer) {
        String key = tag + ' ' + word;
        String known = byWordAndTag.get(key);
        if (known != null) {
            return known;
        }
        // after a comma, so the "previous edit script" feature is the ordinary unchanged-word one and
        // not the sentence start's (which drives "alleged" to stay "alleged")
        String lemma = lemmatizer.lemmatize(new String[] {",", word}, new String[] {"PUNCT", tag})[1];
        int plus = lemma.indexOf('+');
        lemma = (plus > 0 ? lemma.substring(0, plus) : lemma).toLowerCase(Locale.ROOT);
        if (byWordAndTag.size() >= MAX_ENTRIES) {
            byWordAndTag.clear();
        }
        byWordAndTag.put(key, lemma);
        return lemma;
    }

    /** Only words made of letters (and inner hyphens or apostrophes) can be verbs. */
    static boolean couldBeVerb(String word, String tag) {
        if (tag.equals("PUNCT") || tag.equals("NUM") || tag.equals("SYM") || word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'') {
                return false;
            }
        }
        return true;
    }
}
