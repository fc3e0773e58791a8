package dossier.source.extraction;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the date a sentence states: a full date, a month and year, or "in YYYY". */
public final class DateFinder {

    private static final String MONTHS = "(January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final Pattern FULL = Pattern.compile(MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})");
    private static final Pattern DAY_FIRST = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTHS + ",?\\s+(\\d{4})");
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTHS + ",?\\s+(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("\\b(?:in|on|since|during)\\s+((?:19|20)\\d{2})\\b");

    /** An ISO 8601 (possibly partial) date, with the matched text. */
    public record Found(String iso, String text, int start, int end) {
    }

    public Optional<Found> find(String sentence) {
        Matcher m = FULL.matcher(sentence);
        if (m.find()) {
            return Optional.of(new Found(String.format("%s-%02d-%02d", m.group(3), month(m.group(1)), Integer.parseInt(m.group(2))),
                    m.group(), m.start(), m.end()));
        }
        m = DAY_FIRST.matcher(sentence);
        if (m.find()) {
            return Optional.of(new Found(String.format("%s-%02d-%02d", m.group(3), month(m.group(2)), Integer.parseInt(m.group(1))),
                    m.group(), m.start(), m.end()));
        }
        m = MONTH_YEAR.matcher(sentence);
        if (m.find()) {
            return Optional.of(new Found(String.format("%s-%02d", m.group(2), month(m.group(1))), m.group(), m.start(), m.end()));
        }
        m = YEAR.matcher(sentence);
        if (m.find()) {
            return Optional.of(new Found(m.group(1), m.group(1), m.start(1), m.end(1)));
        }
        return Optional.empty();
    }

    private static int month(String name) {
        for (Month mo : Month.values()) {
            if (mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(name)) {
                return mo.getValue();
            }
        }
        throw new IllegalArgumentException(name);
    }
}
