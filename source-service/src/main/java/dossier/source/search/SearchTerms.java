package dossier.source.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.Set;

import dossier.source.nlp.Token;

/**
 * The search vocabulary of a text: lower-cased, accent-folded word forms and their lemmas, with
 * counts. Stored with each source and queried with $in/$all, because the embedded MongoDB-wire
 * server has no $text index.
 */
public final class SearchTerms {

    /** Terms and how often each occurs. */
    public static Map<String, Integer> count(List<Token> tokens) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Token t : tokens) {
            for (String term : forms(t)) {
                counts.merge(term, 1, Integer::sum);
            }
        }
        return counts;
    }

    /** For a query: per word, the forms any of which may match. */
    public static List<Set<String>> queryWords(List<Token> tokens) {
        List<Set<String>> out = new ArrayList<>();
        for (Token t : tokens) {
            Set<String> forms = forms(t);
            if (!forms.isEmpty()) {
                out.add(forms);
            }
        }
        return out;
    }

    private static Set<String> forms(Token t) {
        Set<String> forms = new LinkedHashSet<>();
        String word = fold(t.text());
        if (word.isEmpty() || t.isPunct()) {
            return forms;
        }
        forms.add(word);
        String lemma = fold(t.lemma());
        if (!lemma.isEmpty()) {
            forms.add(lemma);
        }
        return forms;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * Lower case, no accents, letters and digits only (so "Lee's" and "lees" do not differ on punctuation).
     * EMBEDDED-MONGO: folding here replaces a case-insensitive collation, which the embedded server ignores.
     */
    public static String fold(String s) {
        String n = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(n.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private SearchTerms() {
    }
}
