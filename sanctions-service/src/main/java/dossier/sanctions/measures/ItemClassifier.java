package dossier.sanctions.measures;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Classifies an item description with term rules kept as data (classification/items.json). A rule
 * fires when one of its terms occurs and, if it has qualifiers, one of those too. Nothing fires →
 * an unknown item.
 */
public final class ItemClassifier {

    /** One rule: any term (words or phrases), plus any qualifier when qualifiers are given. */
    public record Rule(String category, String hs, List<String> terms, List<String> qualifiers) {
    }

    private final List<Rule> rules;

    public ItemClassifier(List<Rule> rules) {
        for (Rule r : rules) {
            if (r.category() == null || r.category().isBlank() || r.terms() == null || r.terms().isEmpty()) {
                throw new IllegalStateException("Item classification: every rule needs a category and terms (" + r + ")");
            }
        }
        this.rules = List.copyOf(rules);
    }

    public static ItemClassifier fromClasspath(String resource) {
        try (InputStream in = ItemClassifier.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Item classification " + resource + " was not found on the classpath");
            }
            Rule[] rules = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, Rule[].class);
            return new ItemClassifier(Arrays.asList(rules));
        } catch (IOException e) {
            throw new IllegalStateException("Item classification " + resource + " is invalid: " + e.getMessage(), e);
        }
    }

    public ItemClassification classify(String item) {
        List<String> tokens = tokens(item == null ? "" : item);
        Set<String> categories = new LinkedHashSet<>();
        Set<String> hs = new LinkedHashSet<>();
        Set<String> matched = new LinkedHashSet<>();
        for (Rule r : rules) {
            String term = firstPresent(tokens, r.terms());
            if (term == null) {
                continue;
            }
            String qualifier = null;
            if (r.qualifiers() != null && !r.qualifiers().isEmpty()) {
                qualifier = firstPresent(tokens, r.qualifiers());
                if (qualifier == null) {
                    continue;
                }
            }
            categories.add(r.category());
            if (r.hs() != null && !r.hs().isBlank()) {
                hs.add(r.hs());
            }
            matched.add(term);
            if (qualifier != null) {
                matched.add(qualifier);
            }
        }
        return new ItemClassification(item, new ArrayList<>(categories), new ArrayList<>(hs), new ArrayList<>(matched));
    }

    private static String firstPresent(List<String> tokens, List<String> phrases) {
        for (String phrase : phrases) {
            List<String> p = tokens(phrase);
            if (!p.isEmpty() && containsPhrase(tokens, p)) {
                return phrase;
            }
        }
        return null;
    }

    private static boolean containsPhrase(List<String> tokens, List<String> phrase) {
        outer:
        for (int i = 0; i + phrase.size() <= tokens.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!sameWord(tokens.get(i + j), phrase.get(j))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Singular and plural count as one word ("missile", "missiles"; "watch", "watches"). */
    private static boolean sameWord(String token, String term) {
        return token.equals(term) || token.equals(term + "s") || token.equals(term + "es")
                || (term.endsWith("y") && token.equals(term.substring(0, term.length() - 1) + "ies"));
    }

    private static List<String> tokens(String s) {
        String[] parts = s.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}]+");
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
