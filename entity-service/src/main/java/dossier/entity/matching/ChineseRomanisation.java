package dossier.entity.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key shared by the Wade-Giles and pinyin spellings of a run of Mandarin syllables ("hsi" /
 * "xi", "tsetung" / "zedong", "chinping" / "jinping"). Folding drops Wade-Giles' aspiration marks,
 * so initials fall together by place (b/p, d/t, g/k, j/q/zh/ch, z/c/ts/tz, x/hs), and finals by
 * the two systems' spellings of one sound (ong/ung, ie/ieh, ian/ien, uo/o, e/o, ih/i). A token
 * that is not a run of one to three syllables has no key.
 */
final class ChineseRomanisation {

    private static final String INITIAL = "(zh|ch|sh|hs|ts|tz|ss|sz|[bpmfdtnlgkhjqxrzcsyw])?";
    private static final String FINAL = "(iang|iung|iong|uang|ieng|ang|eng|ing|ong|ung|ian|ien|uan|ieh|ueh|iao|uai|uei"
            + "|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|ih|a|e|i|o|u)";
    private static final Pattern SYLLABLE = Pattern.compile(INITIAL + FINAL);
    private static final Pattern RUN = Pattern.compile("(?:" + INITIAL + FINAL + "){1,3}");

    private ChineseRomanisation() {
    }

    /** True when both tokens are runs of the same Mandarin syllables in either system. */
    static boolean same(String a, String b) {
        // the scorer asks for every pair of parts: most differ already in their first initial
        if (!initialClass(a).equals(initialClass(b))) return false;
        String ka = key(a);
        return ka != null && ka.equals(key(b));
    }

    /** The class of the first initial ("" for a vowel): tokens of different classes never share a key. */
    static String initialClass(String t) {
        for (String two : new String[]{"zh", "ch", "sh", "hs", "ts", "tz", "ss", "sz"}) {
            if (t.startsWith(two)) return initial(two);
        }
        return "aeiou".indexOf(t.charAt(0)) >= 0 ? "" : initial(t.substring(0, 1));
    }

    /** The key, or null when the token is not a run of romanised Mandarin syllables. */
    static String key(String token) {
        if (token.length() > 15 || !RUN.matcher(token).matches()) return null;
        // greedy split; the pattern's alternatives are ordered longest first
        List<String> keys = new ArrayList<>(3);
        Matcher m = SYLLABLE.matcher(token);
        int at = 0;
        while (at < token.length() && m.find(at) && m.start() == at) {
            keys.add(syllable(m.group(1), m.group(2)));
            at = m.end();
        }
        return at == token.length() ? String.join("-", keys) : null;
    }

    private static String initial(String initial) {
        return switch (initial) {
            case "b", "p" -> "p";
            case "d", "t" -> "t";
            case "g", "k" -> "k";
            case "j", "q", "zh", "ch" -> "c";
            case "z", "c", "ts", "tz" -> "z";
            case "x", "hs" -> "x";
            case "s", "ss", "sz" -> "s";
            default -> initial;
        };
    }

    private static String syllable(String initial, String fin) {
        String i = initial == null ? "" : initial(initial);
        // Wade-Giles writes pinyin's zi/si as tzu/ssu and zhi/shi as chih/shih
        if ((i.equals("z") || i.equals("s")) && fin.equals("u") && initial.length() == 2) fin = "i";
        // pinyin's yan and you are Wade-Giles' yen and yu
        if (i.equals("y") && (fin.equals("an") || fin.equals("en"))) return "yien";
        if (i.equals("y") && fin.equals("ou")) return "yu";
        String f = switch (fin) {
            case "ong", "ung" -> "ung";
            case "iong", "iung" -> "iung";
            case "ie", "ieh" -> "ie";
            case "ue", "ueh" -> "ue";
            case "ian", "ien" -> "ien";
            case "uo", "o", "e" -> "o";
            case "ih" -> "i";
            case "uei", "ui" -> "ui";
            default -> fin;
        };
        return i + f;
    }
}
