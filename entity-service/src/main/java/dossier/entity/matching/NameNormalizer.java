package dossier.entity.matching;

import com.ibm.icu.text.Transliterator;
import org.apache.commons.codec.language.DoubleMetaphone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a name in any script into comparable ASCII tokens: transliteration (ICU), lower case,
 * punctuation and hyphens split, legal forms and honorifics dropped. Thread-safe.
 */
public final class NameNormalizer {

    private static final NameNormalizer DEFAULT = new NameNormalizer(
            loadPhrases("/matching/legal_forms.txt"), loadPhrases("/matching/honorifics.txt"));

    // ICU transliterators keep per-instance buffers: one per thread is the documented safe use.
    private static final ThreadLocal<Transliterator> TO_ASCII =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower"));
    private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(() -> {
        DoubleMetaphone m = new DoubleMetaphone();
        m.setMaxCodeLen(6);
        return m;
    });

    private final List<String[]> legalForms;
    private final List<String[]> honorifics;

    public NameNormalizer(List<String[]> legalForms, List<String[]> honorifics) {
        // longest phrases first so "joint stock company" wins over "company"
        this.legalForms = sortLongestFirst(legalForms);
        this.honorifics = sortLongestFirst(honorifics);
    }

    public static NameNormalizer standard() {
        return DEFAULT;
    }

    /** Lower-case ASCII with punctuation turned to spaces, nothing removed: for display-free comparison and search. */
    public String fold(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        // most list names are ASCII already: the transliterator is by far the costliest step
        String latin = isAscii(text) ? text : TO_ASCII.get().transliterate(text);
        StringBuilder sb = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            } else if (c == '\'' || c == '`' || c == '\u2019' || c == '\u2018' || c == '\u00b4'
                    || (c >= '\u02b9' && c <= '\u02bc')) {
                // also the primes transliteration leaves for soft and hard signs (Cyrillic ь, ъ)
                // apostrophes inside names (Ch'oe, O'Neill) are not word breaks
            } else {
                sb.append(' ');
            }
        }
        return String.join(" ", tokensOf(sb.toString().toLowerCase(Locale.ROOT)));
    }

    /** Tokens for matching: folded, then legal forms and honorifics dropped (unless nothing would remain). */
    public List<String> tokens(String name) {
        List<String> all = tokensOf(fold(name));
        // legal forms sit at either end ("OOO Alfa", "Alfa Ltd"), titles in front ("Mr. Kim");
        // inside a name the same words are ordinary name parts
        List<String> kept = stripEdges(stripEdges(all, legalForms, true), honorifics, false);
        return kept.isEmpty() ? all : kept;
    }

    /** True when the folded text is an honorific such as "mr" or "president". */
    public boolean isHonorific(String token) {
        List<String> t = tokensOf(fold(token));
        return !t.isEmpty() && stripEdges(t, honorifics, false).isEmpty();
    }

    /** Phonetic keys (Double Metaphone primary and alternate) of a token; empty for digits-only tokens. */
    public Set<String> phoneticKeys(String token) {
        Set<String> keys = new HashSet<>(2);
        if (token.chars().anyMatch(Character::isLetter)) {
            DoubleMetaphone m = METAPHONE.get();
            String p = m.doubleMetaphone(token);
            String a = m.doubleMetaphone(token, true);
            if (p != null && !p.isEmpty()) keys.add(p);
            if (a != null && !a.isEmpty()) keys.add(a);
        }
        return keys;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) return false;
        }
        return true;
    }

    private static List<String> tokensOf(String s) {
        List<String> out = new ArrayList<>();
        for (String t : s.trim().split("\\s+")) {
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    private static List<String> stripEdges(List<String> tokens, List<String[]> phrases, boolean alsoTrailing) {
        int from = 0;
        int to = tokens.size();
        boolean changed = true;
        while (changed && from < to) {
            changed = false;
            for (String[] p : phrases) {
                if (from + p.length <= to && matchesAt(tokens, from, p)) {
                    from += p.length;
                    changed = true;
                    break;
                }
                if (alsoTrailing && to - p.length >= from && matchesAt(tokens, to - p.length, p)) {
                    to -= p.length;
                    changed = true;
                    break;
                }
            }
        }
        return new ArrayList<>(tokens.subList(from, to));
    }

    private static boolean matchesAt(List<String> tokens, int at, String[] phrase) {
        for (int k = 0; k < phrase.length; k++) {
            if (!tokens.get(at + k).equals(phrase[k])) return false;
        }
        return true;
    }

    private static List<String[]> sortLongestFirst(List<String[]> phrases) {
        List<String[]> copy = new ArrayList<>(phrases);
        copy.sort((a, b) -> Integer.compare(b.length, a.length));
        return List.copyOf(copy);
    }

    static List<String[]> loadPhrases(String resource) {
        try (InputStream in = NameNormalizer.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            List<String[]> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                out.add(Arrays.stream(line.split("\\s+")).toArray(String[]::new));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
