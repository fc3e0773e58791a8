package dossier.source.extraction.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dossier.source.domain.DateRange;
import dossier.source.nlp.EntityRuns;
import dossier.source.nlp.Token;

/**
 * Turns a date phrase that SUTime normalised (anchored on the publication date) into an interval
 * with its precision: "May 7, 2019" a day, "early May 2019" 2019-05-01..2019-05-10, "autumn 2019"
 * a season, "2019" a year. SUTime anchors "that autumn" on the publication date; a narrative's
 * "that" refers to its own last explicit year, which the caller keeps ({@link Narrative}).
 */
public final class DateReader {

    private static final Pattern VALUE = Pattern.compile("^(\\d{4}|XXXX)(?:-(\\d{2}|SP|SU|FA|WI|Q[1-4]))?(?:-(\\d{2}))?");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]|20)\\d{2}\\b");
    /** Words before a date that make it one end of a period: "since 2017" .. the report, .. "by February 2024". */
    private static final Set<String> SINCE = Set.of("since");
    private static final Set<String> BY = Set.of("by", "until", "till", "through");

    /** The last explicit year of the text read so far, for "that autumn". */
    public static final class Narrative {
        private String year = "";
        private final String published;

        public Narrative() {
            this("");
        }

        /** published: the report's date (ISO), what "last July" is counted back from. */
        public Narrative(String published) {
            this.published = published == null ? "" : published;
        }

        public String year() {
            return year;
        }

        /** Keeps the last explicit year a sentence names. */
        public void note(List<Token> tokens) {
            for (Token t : tokens) {
                // a year in a sentence that was not parsed counts too ("In March 2019 the envoy visited")
                if ((t.ner().equals("DATE") || t.is("NUM")) && YEAR.matcher(t.text()).matches()) {
                    year = t.text();
                }
            }
        }
    }

    /** The interval of the DATE phrase around token {@code head}, or null. */
    public DateRange read(List<Token> tokens, int head, Narrative narrative) {
        if (head < 0 || head >= tokens.size() || !tokens.get(head).ner().equals("DATE")) {
            return null;
        }
        int[] run = EntityRuns.around(tokens, head, head, head + 1);
        int from = run[0];
        int to = run[1];
        if (from > 0 && tokens.get(from - 1).lower().equals("that")) {
            from--; // "that autumn": SUTime leaves the determiner out of the date
        }
        StringBuilder phrase = new StringBuilder();
        for (int i = from; i < to; i++) {
            phrase.append(i > from ? " " : "").append(tokens.get(i).text());
        }
        DateRange d = interval(tokens.get(head).normalized(), phrase.toString(), narrative);
        String before = from > 0 ? tokens.get(from - 1).lower() : "";
        if (d == null) {
            return null;
        }
        if (SINCE.contains(before) && narrative.published.matches("\\d{4}-\\d{2}-\\d{2}.*")
                && d.start().compareTo(narrative.published) <= 0) {
            return new DateRange(d.start(), narrative.published.substring(0, 10), d.precision(), before + " " + d.basis());
        }
        if (BY.contains(before)) {
            return new DateRange("", d.end(), "upper_bound", before + " " + d.basis());
        }
        if (before.equals("between") && to - 2 > from && indexOf(tokens, "and", from, to) == to - 2
                && tokens.get(to - 1).text().matches("(19|20)\\d{2}") && tokens.get(to - 1).text().compareTo(d.start()) >= 0) {
            // "between 2009 and 2015" tagged as one date: from the first year to the end of the second
            return new DateRange(d.start(), tokens.get(to - 1).text() + "-12-31", d.precision(), "between " + phrase);
        }
        if (before.equals("between") && to + 1 < tokens.size() && tokens.get(to).lower().equals("and")) {
            // "between September 7 and October 1": the period from the first date to the end of the second
            DateRange end = read(tokens, to + 1, narrative);
            String start = d.start();
            if (end != null && !YEAR.matcher(d.basis()).find() && start.length() > 4 && end.end().length() > 4) {
                start = end.end().substring(0, 4) + start.substring(4); // "March 3 and April 20, 2019": the year said once
            }
            if (end != null && !end.start().isEmpty() && end.end().compareTo(start) >= 0) {
                return new DateRange(start, end.end(), d.precision(), "between " + d.basis() + " and " + end.basis());
            }
        }
        return d;
    }

    /** The interval of a TIMEX value read from {@code phrase}. */
    public DateRange interval(String value, String phrase, Narrative narrative) {
        Matcher m = VALUE.matcher(value == null ? "" : value);
        if (!m.find()) {
            return null;
        }
        String lower = phrase.toLowerCase(Locale.ROOT);
        Matcher explicit = YEAR.matcher(phrase);
        String year = m.group(1);
        if (explicit.find()) {
            narrative.year = explicit.group();
        } else if ((lower.startsWith("that ") || year.equals("XXXX")) && !narrative.year.isEmpty()) {
            year = narrative.year; // "that autumn": the story's year, not the report's
        }
        if (year.equals("XXXX")) {
            return null;
        }
        int y = Integer.parseInt(year);
        if (y < 1900 || y > 2099) {
            return null; // "resolution 2371" read as a year
        }
        String mid = m.group(2);
        String day = m.group(3);
        if (mid == null) {
            return new DateRange(y + "-01-01", y + "-12-31", "year", phrase);
        }
        if (mid.startsWith("Q")) {
            int q = mid.charAt(1) - '0';
            YearMonth last = YearMonth.of(y, q * 3);
            return new DateRange(YearMonth.of(y, q * 3 - 2).atDay(1).toString(), last.atEndOfMonth().toString(), "quarter", phrase);
        }
        switch (mid) {
            case "SP": return new DateRange(y + "-03-01", y + "-05-31", "season", phrase);
            case "SU": return new DateRange(y + "-06-01", y + "-08-31", "season", phrase);
            case "FA": return new DateRange(y + "-09-01", y + "-11-30", "season", phrase);
            case "WI": return new DateRange(y + "-12-01", YearMonth.of(y + 1, 2).atEndOfMonth().toString(), "season", phrase);
            default: break;
        }
        YearMonth month = YearMonth.of(y, Integer.parseInt(mid));
        if (lower.startsWith("last ") && day == null && narrative.published.matches("\\d{4}-\\d{2}.*")) {
            // SUTime reads "last July" as July of the previous year; it is the latest July before the report
            YearMonth report = YearMonth.parse(narrative.published.substring(0, 7));
            month = report.withMonth(month.getMonthValue());
            if (!month.isBefore(report)) {
                month = month.minusYears(1);
            }
            y = month.getYear();
        }
        if (day != null) {
            String d = LocalDate.of(y, month.getMonth(), Integer.parseInt(day)).toString();
            return new DateRange(d, d, "day", phrase);
        }
        if (lower.contains("early")) {
            return new DateRange(month.atDay(1).toString(), month.atDay(10).toString(), "part_of_month", phrase);
        }
        if (lower.contains("mid")) {
            return new DateRange(month.atDay(11).toString(), month.atDay(20).toString(), "part_of_month", phrase);
        }
        if (lower.contains("late") || lower.contains("end of")) {
            return new DateRange(month.atDay(21).toString(), month.atEndOfMonth().toString(), "part_of_month", phrase);
        }
        return new DateRange(month.atDay(1).toString(), month.atEndOfMonth().toString(), "month", phrase);
    }

    private static int indexOf(List<Token> tokens, String lower, int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).lower().equals(lower)) {
                return i;
            }
        }
        return -1;
    }

    /** Only known to be no later than the report: its publication date. */
    public static DateRange upperBound(String published) {
        if (published == null || !published.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return null;
        }
        return new DateRange("", published.substring(0, 10), "upper_bound", DateRange.PUBLICATION_DATE);
    }
}
