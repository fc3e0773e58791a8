package dossier.source.parsing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a plain-text news article into headline, byline, dateline, photo credits and body.
 * Pure function of its input; offsets refer to the text given.
 */
public final class ArticleParser {

    private static final Pattern BYLINE = Pattern.compile("(?i)^by\\s+(\\p{Lu}[\\p{L}.'\\- ]{1,80}?)(?:,.*)?$");
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^(©|\\(c\\)|photo\\s*:|photograph\\s*:|photos\\s*:|image\\s*:|credit\\s*:|picture\\s*:|image for article titled\\b|getty images|reuters/|ap photo)");
    private static final String DATE = "(?:\\p{Lu}\\p{L}{2,8}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+\\p{Lu}\\p{L}{2,8}(?:\\s+\\d{4})?)";
    // One word of a place: letters, apostrophes and dots, joined by single hyphens ("Guinea-Bissau",
    // "St.-Denis"). Possessive and unambiguous (a hyphen only ever joins two pieces), so a line of
    // 50,000 "-a" is read once instead of being split every possible way (the old word class held
    // the hyphen that also separated words: exponential).
    private static final String WORD_TAIL = "[\\p{L}'.]*+(?:-[\\p{L}'.]++)*+";
    private static final String PLACE = "\\p{Lu}" + WORD_TAIL + "(?: \\p{L}" + WORD_TAIL + "){0,3}+";
    // "<Place>, <Region>, <Country>[, <date>][ (<wire>)] —" at the start of the first body paragraph.
    private static final Pattern DATELINE = Pattern.compile(
            "^(" + PLACE + "(?:,\\s*" + PLACE + "){0,3})"
            + "(,\\s*" + DATE + ")?(\\s*\\([^()\\n]{1,40}\\))?\\s*(?:—|–|--|-)\\s+");
    // "Frankfurt — 12 June 2025" on a line of its own
    private static final Pattern DATE_ONLY = Pattern.compile("^(?:" + DATE + "|\\d{4}-\\d{2}-\\d{2})\\s*$");

    public ParsedArticle parse(String text, String givenTitle) {
        List<int[]> lines = lines(text);
        String title = givenTitle == null ? "" : givenTitle.strip();
        String byline = "";
        String dateline = "";
        List<String> credits = new ArrayList<>();
        List<int[]> body = new ArrayList<>();
        boolean first = true;
        for (int[] line : lines) {
            String t = text.substring(line[0], line[1]).strip();
            if (first) {
                first = false;
                if (title.isEmpty()) {
                    title = t;
                    continue;
                }
                if (same(t, title)) {
                    continue;
                }
            }
            if (same(t, title)) {
                continue; // the headline repeated above the body
            }
            Matcher by = BYLINE.matcher(t);
            if (byline.isEmpty() && by.matches() && t.split("\\s+").length <= 8) {
                byline = by.group(1).strip();
                continue;
            }
            if (CREDIT.matcher(t).find()) {
                credits.add(t);
                continue;
            }
            int start = line[0] + (text.substring(line[0], line[1]).length() - text.substring(line[0], line[1]).stripLeading().length());
            if (body.isEmpty() && dateline.isEmpty()) {
                Matcher d = DATELINE.matcher(text.substring(start, line[1]));
                if (d.find() && (d.group(1).contains(",") || isAllCapsPlace(d.group(1)) || d.group(2) != null
                        || d.group(3) != null || DATE_ONLY.matcher(text.substring(start + d.end(), line[1])).matches())) {
                    dateline = d.group(1).strip();
                    start += d.end();
                    if (DATE_ONLY.matcher(text.substring(start, line[1])).matches()) {
                        continue; // the dateline and the date were the whole line
                    }
                }
            }
            body.add(new int[] {start, line[1]});
        }
        StringBuilder sb = new StringBuilder();
        for (int[] r : body) {
            if (!sb.isEmpty()) {
                sb.append("\n\n");
            }
            sb.append(text, r[0], r[1]);
        }
        return new ParsedArticle(text, title, byline, dateline, credits, sb.toString(), body);
    }

    private static boolean isAllCapsPlace(String s) {
        return s.length() > 2 && s.equals(s.toUpperCase(Locale.ROOT));
    }

    /** Non-blank lines as [start, end) without the line break, trailing spaces trimmed. */
    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i <= text.length()) {
            int nl = text.indexOf('\n', i);
            int end = nl < 0 ? text.length() : nl;
            int e = end;
            while (e > i && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > i && !text.substring(i, e).isBlank()) {
                out.add(new int[] {i, e});
            }
            if (nl < 0) {
                break;
            }
            i = nl + 1;
        }
        return out;
    }

    static boolean same(String a, String b) {
        return !a.isEmpty() && fold(a).equals(fold(b));
    }

    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replace('\u2019', '\'')
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
