package dossier.source.parsing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adversarial inputs of about 100 KB for the text a caller controls: the runs and nestings that make
 * a backtracking regular expression or a per-element tree walk super-linear. Shared by the
 * regression test (a hang guard) and the harness that measures them ({@link HostileTextBench}).
 */
public final class HostileTexts {

    public static final int SIZE = 100_000;

    /** Name to text; each is about {@link #SIZE} characters. */
    public static Map<String, String> markdown() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("50,000 '['", "[".repeat(SIZE / 2));
        m.put("'[' then 100 KB of letters", "[" + "a".repeat(SIZE));
        m.put("'![' repeated", "![".repeat(SIZE / 2));
        m.put("'[a](' repeated", "[a](".repeat(SIZE / 4));
        m.put("'](' repeated", "](".repeat(SIZE / 2));
        m.put("nested '[[[...]]]'", "[".repeat(SIZE / 2) + "]".repeat(SIZE / 2));
        m.put("'[x]' without '(' repeated", "[x]".repeat(SIZE / 3));
        m.put("'- ' then spaces", "- " + " ".repeat(SIZE));
        m.put("'#' runs", "#".repeat(SIZE));
        m.put("'*' and '_' runs", "*_".repeat(SIZE / 2));
        m.put("'>' and spaces per line", "   > \n".repeat(SIZE / 6));
        return m;
    }

    public static Map<String, String> html() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("12,500 nested <div><p>", "<div><p>".repeat(SIZE / 8) + "x");
        m.put("8,333 nested <blockquote>", "<blockquote>".repeat(SIZE / 12) + "x");
        m.put("12,500 sibling <p>", "<p>x</p>".repeat(SIZE / 8));
        m.put("50,000 '<'", "<".repeat(SIZE / 2));
        m.put("unclosed comment", "<!--" + "-".repeat(SIZE));
        m.put("unclosed attribute", "<p a=\"" + "x".repeat(SIZE));
        m.put("table cells", "<table><tr>" + "<td>x".repeat(SIZE / 5));
        return m;
    }

    /** Plain text for the article parser: the dateline, byline and credit patterns. */
    public static Map<String, String> plain() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("dashed place", "Title\nA" + "-a".repeat(SIZE / 2));
        m.put("dashed places with commas", "Title\n" + "A-a-a-a-a-a-a-a, ".repeat(SIZE / 17));
        m.put("place then spaces", "Title\nParis" + " ".repeat(SIZE) + "x");
        m.put("place, spaces, no dash", "Title\nParis, " + "France ".repeat(SIZE / 7));
        m.put("dashes", "Title\n" + "-".repeat(SIZE));
        m.put("byline of spaces", "Title\nBy A" + " ".repeat(SIZE) + ",");
        m.put("byline dashes", "Title\nBy " + "A-".repeat(SIZE / 2));
        m.put("50,000 lines", "Title\n" + "a\n".repeat(SIZE / 2));
        m.put("one long line of words", "Title\n" + "Word ".repeat(SIZE / 5));
        m.put("wire in parentheses", "Title\nParis " + "(".repeat(SIZE / 2));
        m.put("50,000 '['", "[".repeat(SIZE / 2));
        return m;
    }

    private HostileTexts() {
    }
}
