package dossier.entity.resolution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Abbreviations a document defines, "the James Martin Center for Nonproliferation Studies (CNS)":
 * a mention followed by a parenthesised short form whose letters it contains in order, the first
 * of them opening one of its words (Schwartz and Hearst, "A simple algorithm for identifying
 * abbreviation definitions in biomedical text", PSB 2003). Later mentions of the short form are
 * that mention's entity. Plain Java.
 */
final class Abbreviations {

    /** A short form: 2–10 characters, a letter first, at least one capital, no spaces ("CNS", "KOMID", "UNSC", "M&A"). */
    private static final Pattern SHORT_FORM = Pattern.compile("\\s*\\(\\s*(\\p{L}[\\p{L}\\p{N}&.\\-]{1,9})\\s*\\)");

    private Abbreviations() {
    }

    /**
     * Short form → the index (in {@code spans}) of the mention it abbreviates. {@code spans} in
     * document order; a short form defined twice keeps its first definition.
     */
    static Map<String, Integer> defined(String text, List<MentionCandidate> spans) {
        Map<String, Integer> out = new HashMap<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        for (int i = 0; i < spans.size(); i++) {
            MentionCandidate span = spans.get(i);
            if (span.end() > text.length()) {
                continue;
            }
            Matcher m = SHORT_FORM.matcher(text).region(span.end(), text.length());
            if (m.lookingAt() && m.group(1).chars().anyMatch(Character::isUpperCase) && abbreviates(m.group(1), span.text())) {
                out.putIfAbsent(m.group(1), i);
            }
        }
        return out;
    }

    /** Whether each letter and digit of {@code shortForm} occurs in {@code longForm} in order, the first at a word's start. */
    static boolean abbreviates(String shortForm, String longForm) {
        String s = shortForm.toLowerCase(java.util.Locale.ROOT);
        String l = longForm.toLowerCase(java.util.Locale.ROOT);
        if (l.length() <= s.length()) {
            return false;
        }
        int si = s.length() - 1;
        int li = l.length() - 1;
        // from the end, as Schwartz and Hearst: each character matched as far right as it can be
        while (si >= 0) {
            char c = s.charAt(si);
            if (!Character.isLetterOrDigit(c)) {
                si--;
                continue;
            }
            while (li >= 0 && (l.charAt(li) != c || si == 0 && li > 0 && Character.isLetterOrDigit(l.charAt(li - 1)))) {
                li--;
            }
            if (li < 0) {
                return false;
            }
            si--;
            li--;
        }
        return true;
    }
}
