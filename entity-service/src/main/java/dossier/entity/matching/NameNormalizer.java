package dossier.entity.matching;

import com.ibm.icu.text.Transliterator;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.LevenshteinDistance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a name in any script into comparable ASCII tokens: transliteration (ICU), lower case,
 * punctuation and hyphens split, legal forms and honorifics dropped. Thread-safe.
 */
public final class NameNormalizer {

    private static final NameNormalizer DEFAULT = new NameNormalizer(
            loadPhrases("/matching/legal_forms.txt"), loadPhrases("/matching/honorifics.txt"),
            loadPhrases("/matching/abbreviations.txt"));

    // ICU transliterators keep per-instance buffers: one per thread is the documented safe use.
    private static final ThreadLocal<Transliterator> TO_ASCII = transliterator("Any-Latin; Latin-ASCII; Lower");
    // Cyrillic names are written in English lists the BGN/PCGN way ("Dmitriy", "Zelenskyy"), per
    // language: ICU's generic Cyrillic-Latin gives scholarly forms ("Dmitrij") that match worse.
    private static final ThreadLocal<Transliterator> RUSSIAN = transliterator("Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower");
    private static final ThreadLocal<Transliterator> UKRAINIAN = transliterator("Ukrainian-Latin/BGN; Any-Latin; Latin-ASCII; Lower");
    private static final ThreadLocal<Transliterator> BELARUSIAN = transliterator("Belarusian-Latin/BGN; Any-Latin; Latin-ASCII; Lower");
    private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(() -> {
        DoubleMetaphone m = new DoubleMetaphone();
        m.setMaxCodeLen(6);
        return m;
    });

    private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance(1);

    /** Legal form ("sp z o o") to the kind of legal person it stands for ("limited-liability"). */
    private static final Map<String, String> LEGAL_FORM_KINDS = loadKinds("/matching/legal_form_kinds.txt");

    private final List<String[]> legalForms;
    private final List<String[]> honorifics;
    private final Map<String, List<String>> abbreviations = new HashMap<>();

    /** @param abbreviations lines "abbreviation word..." ("intl international") */
    public NameNormalizer(List<String[]> legalForms, List<String[]> honorifics, List<String[]> abbreviations) {
        // longest phrases first so "joint stock company" wins over "company"
        this.legalForms = sortLongestFirst(legalForms);
        this.honorifics = sortLongestFirst(honorifics);
        for (String[] a : abbreviations) {
            this.abbreviations.put(a[0], List.of(a).subList(1, a.length));
        }
    }

    private static ThreadLocal<Transliterator> transliterator(String id) {
        return ThreadLocal.withInitial(() -> Transliterator.getInstance(id));
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
        String latin = isAscii(text) ? text : toLatin(text);
        StringBuilder sb = new StringBuilder(latin.length());
        for (int i = 0; i < latin.length(); i++) {
            char c = latin.charAt(i);
            if (c == '\'' || c == '`' || c == '\u2019' || c == '\u2018' || c == '\u00b4' || c == '\u00b7'
                    || (c >= '\u02b9' && c <= '\u02bf')) {
                // apostrophes inside names (Ch'oe, O'Neill) are not word breaks; nor are the primes
                // transliteration leaves for soft and hard signs (Cyrillic ь, ъ), the marks for Arabic
                // hamza and ain (letters to Java, so tested first) and BGN's separator dot ("OTVET·STVENNOST'")
            } else if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            } else {
                sb.append(' ');
            }
        }
        return String.join(" ", tokensOf(sb.toString().toLowerCase(Locale.ROOT)));
    }

    /**
     * Tokens for matching: folded, abbreviations written out ("intl" - "international"), number
     * words as digits, then legal forms and honorifics dropped (unless nothing would remain).
     */
    public List<String> tokens(String name) {
        return normalise(name).tokens();
    }

    /**
     * The kinds of legal person ("joint-stock", "limited-liability", see legal_form_kinds.txt) that
     * the legal forms at the ends of a name stand for; empty when it has none or only forms of no
     * single kind ("ltd", "inc").
     */
    public Set<String> legalFormKinds(String name) {
        return normalise(name).legalFormKinds();
    }

    /** A name's {@link #tokens} and {@link #legalFormKinds}, from one transliteration. */
    public record Normalised(List<String> tokens, Set<String> legalFormKinds) {
    }

    public Normalised normalise(String name) {
        List<String> all = NumberWords.digits(expandAbbreviations(tokensOf(fold(name))));
        // legal forms sit at either end ("OOO Alfa", "Alfa Ltd"), titles in front ("Mr. Kim");
        // inside a name the same words are ordinary name parts
        List<String[]> forms = new ArrayList<>(2);
        List<String> kept = stripEdges(stripEdges(all, legalForms, true, true, forms), honorifics, false, false, null);
        Set<String> kinds = new HashSet<>(2);
        for (String[] form : forms) {
            String kind = LEGAL_FORM_KINDS.get(String.join(" ", form));
            if (kind != null) kinds.add(kind);
        }
        return new Normalised(kept.isEmpty() ? all : kept, kinds);
    }

    /** True when the folded text is an honorific such as "mr" or "president". */
    public boolean isHonorific(String token) {
        List<String> t = tokensOf(fold(token));
        return !t.isEmpty() && stripEdges(t, honorifics, false, false, null).isEmpty();
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

    private List<String> expandAbbreviations(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (String t : tokens) {
            out.addAll(abbreviations.getOrDefault(t, List.of(t)));
        }
        return out;
    }

    /** Any script to lower-case ASCII; Hangul and Cyrillic get the treatment described at the fields. */
    private static String toLatin(String text) {
        String prepared = spaceHangulSyllables(text);
        boolean cyrillic = false, ukrainian = false, belarusian = false;
        for (int i = 0; i < prepared.length(); i++) {
            char c = prepared.charAt(i);
            if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
                cyrillic = true;
                char l = Character.toLowerCase(c);
                if (l == '\u045e') belarusian = true;                                   // ў
                else if (l == '\u0457' || l == '\u0454' || l == '\u0491') ukrainian = true; // ї є ґ
                else if (l == '\u0456' && !belarusian) ukrainian = true;                // і (also Belarusian)
            }
        }
        ThreadLocal<Transliterator> t = !cyrillic ? TO_ASCII : belarusian ? BELARUSIAN : ukrainian ? UKRAINIAN : RUSSIAN;
        return t.get().transliterate(prepared);
    }

    /**
     * A Korean name is written without spaces ("김정은") but romanised syllable by syllable ("Kim
     * Jong Un", "Kim Jong-un"): a space between Hangul syllables gives one token per syllable.
     */
    private static String spaceHangulSyllables(String text) {
        StringBuilder sb = new StringBuilder(text.length() * 2);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i > 0 && isHangulSyllable(c) && isHangulSyllable(text.charAt(i - 1))) sb.append(' ');
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean isHangulSyllable(char c) {
        return c >= '\uac00' && c <= '\ud7a3';
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

    /**
     * @param fuzzy    one typo allowed in long words, for legal forms only; titles must be exact ("Saeed" is no "Sayed")
     * @param stripped when not null, receives the phrases removed
     */
    private static List<String> stripEdges(List<String> tokens, List<String[]> phrases, boolean alsoTrailing,
                                           boolean fuzzy, List<String[]> stripped) {
        int from = 0;
        int to = tokens.size();
        boolean changed = true;
        while (changed && from < to) {
            changed = false;
            for (String[] p : phrases) {
                if (from + p.length <= to && matchesAt(tokens, from, p, fuzzy)) {
                    from += p.length;
                    if (stripped != null) stripped.add(p);
                    changed = true;
                    break;
                }
                if (alsoTrailing && to - p.length >= from && matchesAt(tokens, to - p.length, p, fuzzy)) {
                    to -= p.length;
                    if (stripped != null) stripped.add(p);
                    changed = true;
                    break;
                }
            }
        }
        return new ArrayList<>(tokens.subList(from, to));
    }

    private static boolean matchesAt(List<String> tokens, int at, String[] phrase, boolean fuzzy) {
        for (int k = 0; k < phrase.length; k++) {
            String token = tokens.get(at + k);
            if (fuzzy ? !sameWord(token, phrase[k]) : !token.equals(phrase[k])) return false;
        }
        return true;
    }

    /** Equal, or one typo apart in a long word ("Aktiengeselschaft", "Joynt Stock Compan"). */
    private static boolean sameWord(String token, String word) {
        if (token.equals(word)) return true;
        return word.length() >= 5 && token.length() >= 5 && Math.abs(token.length() - word.length()) <= 1
                && token.charAt(0) == word.charAt(0) && LEVENSHTEIN.apply(token, word) >= 0; // -1: over the limit
    }

    private static List<String[]> sortLongestFirst(List<String[]> phrases) {
        List<String[]> copy = new ArrayList<>(phrases);
        copy.sort((a, b) -> Integer.compare(b.length, a.length));
        return List.copyOf(copy);
    }

    private static Map<String, String> loadKinds(String resource) {
        Map<String, String> out = new HashMap<>();
        for (String[] line : loadPhrases(resource)) {
            String l = String.join(" ", line);
            int colon = l.indexOf(':');
            if (colon < 0) throw new IllegalStateException(resource + ": no \"kind:\" in " + l);
            for (String form : l.substring(colon + 1).split(",")) {
                out.put(String.join(" ", tokensOf(form)), l.substring(0, colon).strip());
            }
        }
        return Map.copyOf(out);
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
