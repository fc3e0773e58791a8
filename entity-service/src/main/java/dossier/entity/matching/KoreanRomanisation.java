package dossier.entity.matching;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key shared by the romanisations of one Korean syllable: Revised Romanisation ("jeong",
 * "eun", "gim"), McCune-Reischauer without its diacritics ("chong", "un", "kim") and the common
 * spellings in between ("jung", "young"). Consonants that the systems write voiced or voiceless
 * (g/k, d/t, b/p, j/ch) fall together, as do the vowels they spell differently (eo/o/u, eu/u,
 * ae/ai/e). Tokens that cannot be one romanised syllable have no key.
 */
final class KoreanRomanisation {

    private static final Pattern SYLLABLE = Pattern.compile(
            "(kk|gg|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjh])?"
                    + "([wy]?(?:ae|ai|eo|eu|oe|ui|oo|ou|ee|a|e|i|o|u))"
                    + "(ng|[nlmkgbpt])?");

    private KoreanRomanisation() {
    }

    /** The key, or null when the token is not one romanised syllable. */
    static String key(String token) {
        if (token.length() > 6) return null;
        Matcher m = SYLLABLE.matcher(token);
        if (!m.matches()) return null;
        return initial(m.group(1)) + "-" + vowel(m.group(2)) + "-" + finalConsonant(m.group(3));
    }

    private static String initial(String c) {
        if (c == null) return "";
        return switch (c) {
            case "g", "k", "kk", "gg" -> "k";
            case "d", "t", "tt" -> "t";
            case "b", "p", "pp" -> "p";
            case "j", "ch", "jj" -> "c";
            case "s", "ss", "sh" -> "s";
            case "r", "l" -> "r";
            default -> c;
        };
    }

    private static String vowel(String v) {
        boolean glide = v.startsWith("y") || v.startsWith("w");
        String core = glide ? v.substring(1) : v;
        String cls = switch (core) {
            case "eo", "o", "u", "oo", "ou", "eu" -> "o";
            case "ae", "ai", "e" -> "e";
            case "i", "ee", "ui" -> "i";
            default -> core;
        };
        // "yong" / "young" / "yeong" keep their glide; "wa" / "a" do not collapse
        return (v.startsWith("y") ? "y" : v.startsWith("w") ? "w" : "") + cls;
    }

    private static String finalConsonant(String f) {
        if (f == null) return "";
        return switch (f) {
            case "g", "k" -> "k";
            case "b", "p" -> "p";
            case "l" -> "l";
            default -> f;
        };
    }
}
