package dossier.source.nlp;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The language of a text as an ISO 639-1 code, without a model (CoreNLP has no language
 * identifier, and a second NLP stack only for this was not worth its weight): a text mostly in a
 * non-Latin script is that script's language; a Latin one is the language whose commonest
 * function words it uses most ({@code nlp/languages.txt}). English is assumed unless another
 * language is clearly ahead: a few words (a headline, a test sentence) are not evidence of anything.
 * Only English is extracted from, so the answer matters mostly as English or not.
 */
public final class LanguageIdentifier {

    public static final String ENGLISH = "en";
    private static final int SAMPLE_CHARS = 2000;

    private final Map<Character.UnicodeScript, String> scripts = new EnumMap<>(Character.UnicodeScript.class);
    private final Map<String, Set<String>> words = new LinkedHashMap<>();

    public LanguageIdentifier() {
        for (String[] f : ResourceLines.read("nlp/languages.txt")) {
            if (f.length < 3) {
                continue;
            }
            if (f[0].equals("script")) {
                scripts.put(Character.UnicodeScript.valueOf(f[1]), f[2]);
            } else if (f[0].equals("words")) {
                words.put(f[1], Set.copyOf(List.of(f).subList(2, f.length)));
            }
        }
    }

    public String identify(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Map<Character.UnicodeScript, Integer> letters = new EnumMap<>(Character.UnicodeScript.class);
        int total = 0;
        for (int i = 0; i < sample.length(); ) {
            int cp = sample.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
                total++;
            }
        }
        if (total < 40) {
            return ENGLISH;
        }
        for (var e : letters.entrySet()) {
            if (e.getKey() != Character.UnicodeScript.LATIN && e.getValue() * 2 > total && scripts.containsKey(e.getKey())) {
                return scripts.get(e.getKey());
            }
        }
        Map<String, Integer> hits = new HashMap<>();
        for (String w : sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            words.forEach((lang, set) -> {
                if (set.contains(w)) {
                    hits.merge(lang, 1, Integer::sum);
                }
            });
        }
        int english = hits.getOrDefault(ENGLISH, 0);
        return hits.entrySet().stream().filter(e -> e.getValue() >= 3 && e.getValue() > 2 * english)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(ENGLISH);
    }
}
