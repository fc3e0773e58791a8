package dossier.entity.matching;

import com.ibm.icu.text.Transliterator;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Names that both sides write in Han characters, Hangul or kana are compared in that script, not
 * only through their romanisation. There every character is one syllable (or morpheme) of the
 * name, so a differing character is another name ("김정은" / "김종은", "习近平" / "习近朋"), while
 * romanisation makes them look alike ("jeong" / "jong" are spellings of one syllable in other
 * systems; "shi" stands for both 石 and 市). Traditional and simplified forms of a character count
 * as the same character.
 */
final class NativeScript {

    private static final ThreadLocal<Transliterator> SIMPLIFIED =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Traditional-Simplified"));
    private static final LevenshteinDistance LEV = LevenshteinDistance.getDefaultInstance();

    private NativeScript() {
    }

    /**
     * The name's characters (simplified, separators dropped) when all its letters are Han, Hangul
     * or kana; null otherwise (a Latin letter or any other script), which is the cheap common case.
     */
    static String key(String raw) {
        if (raw == null) return null;
        StringBuilder sb = new StringBuilder(raw.length());
        boolean han = false;
        for (int i = 0; i < raw.length(); ) {
            int cp = raw.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (s != Character.UnicodeScript.HAN && s != Character.UnicodeScript.HANGUL
                    && s != Character.UnicodeScript.HIRAGANA && s != Character.UnicodeScript.KATAKANA) {
                return null;
            }
            han |= s == Character.UnicodeScript.HAN;
            sb.appendCodePoint(cp);
        }
        if (sb.isEmpty()) return null;
        return han ? SIMPLIFIED.get().transliterate(sb.toString()) : sb.toString();
    }

    /**
     * The highest score two names with these keys may get: 1 when either is not written this way,
     * else the share of characters in common, squared, since one differing syllable in a name of
     * three or four is already another person.
     */
    static double cap(String keyA, String keyB) {
        if (keyA == null || keyB == null) return 1.0;
        if (keyA.equals(keyB)) return 1.0;
        int len = Math.max(keyA.codePointCount(0, keyA.length()), keyB.codePointCount(0, keyB.length()));
        double same = 1.0 - (double) LEV.apply(keyA, keyB) / len;
        return same * same;
    }
}
