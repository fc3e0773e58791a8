package dossier.source.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates a sentence states: full dates (with or without the year), a month and year, a
 * month alone, "in YYYY", and dates relative to the article's publication ("on Tuesday",
 * "yesterday", "last week", "three days ago"), which resolve against that date. Results are ISO
 * 8601, as precise as the text: a day, an ISO week ("2025-W09"), a month or a year.
 */
public final class DateFinder {

    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November|December|"
            + "Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String DAYS = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final Pattern FULL = Pattern.compile("\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4}))?");
    private static final Pattern DAY_FIRST = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTHS + "(?:,?\\s+(\\d{4}))?");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTHS + ",?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_ALONE = Pattern.compile("(?i:\\b(?:in|since|during|until|by|early|late|mid-|last|this|next)\\s*)" + MONTHS + "\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|on|since|during)\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern WEEKDAY = Pattern.compile("(?i:\\b(last|this|on)\\s+)?\\b" + DAYS + "\\b");
    private static final Pattern DEICTIC = Pattern.compile("(?i)\\b(today|yesterday|tonight)\\b");
    private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(last|this|next|previous|past)\\s+(week|month|year)\\b");
    private static final Pattern AGO = Pattern.compile("(?i)\\b(a|one|two|three|four|five|six|seven|\\d{1,2})\\s+(day|week|month|year)s?\\s+ago\\b");

    /** An ISO 8601 (possibly partial) date, with the matched text and its offsets in the sentence. */
    public record Found(String iso, String text, int start, int end) {
    }

    /** The first date of the sentence; relative ones only when the publication date is known. */
    public Optional<Found> find(String sentence, String publishedDate) {
        return findAll(sentence, publishedDate).stream().findFirst();
    }

    /** Every date of the sentence, in text order. */
    public List<Found> findAll(String sentence, String publishedDate) {
        Optional<LocalDate> ref = parse(publishedDate);
        List<Found> out = new ArrayList<>();
        Matcher full = FULL.matcher(sentence);
        while (full.find()) {
            Optional<Integer> y = year(full.group(3), ref);
            if (y.isPresent()) {
                add(out, iso(y.get(), month(full.group(1)), Integer.parseInt(full.group(2))), full);
            }
        }
        Matcher dayFirst = DAY_FIRST.matcher(sentence);
        while (dayFirst.find()) {
            Optional<Integer> y = year(dayFirst.group(3), ref);
            if (y.isPresent()) {
                add(out, iso(y.get(), month(dayFirst.group(2)), Integer.parseInt(dayFirst.group(1))), dayFirst);
            }
        }
        Matcher m = MONTH_YEAR.matcher(sentence);
        while (m.find()) {
            add(out, String.format("%s-%02d", m.group(2), month(m.group(1))), m);
        }
        m = YEAR.matcher(sentence);
        while (m.find()) {
            out.add(new Found(m.group(1), m.group(1), m.start(1), m.end(1)));
        }
        if (ref.isPresent()) {
            relative(sentence, ref.get(), out);
        }
        // a span inside a longer one ("March 4" inside "March 4, 2025") is not a date of its own
        List<Found> kept = out.stream().filter(f -> out.stream().noneMatch(g -> g != f && g.start() <= f.start()
                && f.end() <= g.end() && (g.end() - g.start()) > (f.end() - f.start()))).distinct().toList();
        return kept.stream().sorted(Comparator.comparingInt(Found::start)).toList();
    }

    private static void relative(String sentence, LocalDate ref, List<Found> out) {
        Matcher m = MONTH_ALONE.matcher(sentence);
        while (m.find()) {
            int mo = month(m.group(1));
            boolean last = m.group().toLowerCase(Locale.ROOT).startsWith("last");
            // a month after the publication month, or "last <month>" of the same month, is last year's
            int y = mo > ref.getMonthValue() || (last && mo == ref.getMonthValue()) ? ref.getYear() - 1 : ref.getYear();
            add(out, String.format("%d-%02d", y, mo), m);
        }
        m = WEEKDAY.matcher(sentence);
        while (m.find()) {
            DayOfWeek d = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            LocalDate date = ref.with(TemporalAdjusters.previousOrSame(d));
            if ("last".equalsIgnoreCase(m.group(1)) && date.equals(ref)) {
                date = date.minusWeeks(1);
            }
            add(out, date.toString(), m);
        }
        m = DEICTIC.matcher(sentence);
        while (m.find()) {
            add(out, (m.group(1).equalsIgnoreCase("yesterday") ? ref.minusDays(1) : ref).toString(), m);
        }
        m = RELATIVE.matcher(sentence);
        while (m.find()) {
            String which = m.group(1).toLowerCase(Locale.ROOT);
            int shift = which.equals("this") ? 0 : which.equals("next") ? 1 : -1;
            add(out, period(ref, m.group(2).toLowerCase(Locale.ROOT), shift), m);
        }
        m = AGO.matcher(sentence);
        while (m.find()) {
            String n = m.group(1).toLowerCase(Locale.ROOT);
            int k = n.matches("\\d+") ? Integer.parseInt(n)
                    : List.of("a", "one", "two", "three", "four", "five", "six", "seven").indexOf(n) + (n.equals("a") ? 1 : 0);
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            String iso = switch (unit) {
                case "day" -> ref.minusDays(k).toString();
                case "week" -> period(ref.minusWeeks(k), "week", 0);
                case "month" -> period(ref.minusMonths(k), "month", 0);
                default -> period(ref.minusYears(k), "year", 0);
            };
            add(out, iso, m);
        }
    }

    private static String period(LocalDate ref, String unit, int shift) {
        return switch (unit) {
            case "week" -> {
                LocalDate d = ref.plusWeeks(shift);
                yield String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            case "month" -> {
                LocalDate d = ref.plusMonths(shift);
                yield String.format("%d-%02d", d.getYear(), d.getMonthValue());
            }
            default -> String.valueOf(ref.getYear() + shift);
        };
    }

    private static void add(List<Found> out, String iso, Matcher m) {
        out.add(new Found(iso, m.group(), m.start(), m.end()));
    }

    private static Optional<Integer> year(String given, Optional<LocalDate> ref) {
        return given != null ? Optional.of(Integer.parseInt(given)) : ref.map(LocalDate::getYear);
    }

    private static String iso(int year, int month, int day) {
        return String.format("%d-%02d-%02d", year, month, day);
    }

    private static Optional<LocalDate> parse(String date) {
        if (date == null || date.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(date.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static int month(String name) {
        String n = name.replace(".", "").toLowerCase(Locale.ROOT);
        for (Month mo : Month.values()) {
            if (mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(n)) {
                return mo.getValue();
            }
        }
        throw new IllegalArgumentException(name);
    }
}
