package dossier.source.search;

import java.util.Collection;
import java.util.Locale;

/** A short excerpt around the first place a query word occurs. */
public final class Snippets {

    private static final int RADIUS = 80;

    public static String around(String text, Collection<String> words) {
        String lower = text.toLowerCase(Locale.ROOT);
        int hit = -1;
        for (String w : words) {
            if (w.isBlank()) {
                continue;
            }
            int i = lower.indexOf(w.toLowerCase(Locale.ROOT));
            if (i >= 0 && (hit < 0 || i < hit)) {
                hit = i;
            }
        }
        if (hit < 0) {
            hit = 0;
        }
        int start = Math.max(0, hit - RADIUS);
        int end = Math.min(text.length(), hit + RADIUS);
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        String s = text.substring(start, end).replaceAll("\\s+", " ").strip();
        return (start > 0 ? "\u2026" : "") + s + (end < text.length() ? "\u2026" : "");
    }

    private Snippets() {
    }
}
