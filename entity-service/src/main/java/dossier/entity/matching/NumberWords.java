package dossier.entity.matching;

import com.ibm.icu.text.RuleBasedNumberFormat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes English number words and ordinals as digits, so that "Brigade Forty-Four", "Brigade
 * Forty 4" and "Brigade 44", or "First Bank" and "1st Bank", compare equal. The words come from
 * ICU's spell-out rules (cardinal and ordinal), not from a hand-written list.
 */
final class NumberWords {

    private static final Map<String, Integer> WORDS = buildWords();

    private NumberWords() {
    }

    private static Map<String, Integer> buildWords() {
        RuleBasedNumberFormat f = new RuleBasedNumberFormat(Locale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < 100; i++) {
            if (i > 20 && i % 10 != 0) continue; // compounds ("forty-four") are two words, joined below
            m.put(f.format(i, "%spellout-cardinal"), i);
            if (i > 0) m.put(f.format(i, "%spellout-ordinal"), i);
        }
        return Map.copyOf(m);
    }

    /** Tokens with number words and ordinal suffixes ("1st", "2nd") written as digits. */
    static List<String> digits(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Integer v = value(tokens.get(i));
            if (v == null) {
                out.add(tokens.get(i));
                continue;
            }
            // "forty four" / "forty 4": a tens word followed by a unit is one number
            if (v >= 20 && v % 10 == 0 && WORDS.containsKey(tokens.get(i)) && i + 1 < tokens.size()) {
                Integer unit = value(tokens.get(i + 1));
                if (unit != null && unit > 0 && unit < 10) {
                    v += unit;
                    i++;
                }
            }
            out.add(Integer.toString(v));
        }
        return out;
    }

    private static Integer value(String t) {
        Integer w = WORDS.get(t);
        if (w != null) return w;
        if (t.chars().allMatch(Character::isDigit) && t.length() <= 9) return Integer.parseInt(t);
        // ordinal suffixes written with digits: "1st", "22nd", "3rd", "4th"
        if (t.length() > 2 && Character.isDigit(t.charAt(0))) {
            String digits = t.replaceAll("(st|nd|rd|th)$", "");
            if (!digits.equals(t) && digits.chars().allMatch(Character::isDigit) && digits.length() <= 9) {
                return Integer.parseInt(digits);
            }
        }
        return null;
    }
}
