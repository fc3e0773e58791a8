package dossier.web.model;

import dossier.model.v1.DateInterval;
import dossier.model.v1.DatePrecision;
import dossier.source.v1.Claim;
import dossier.source.v1.Source;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When a claim says its event happened: [start, end] inclusive, either side possibly open, with
 * its precision. Read from Claim.time_interval when set, else from Claim.time; a time that is only
 * the report's own date bounds the event from above ("no later than the report").
 */
public record DateSpan(LocalDate start, LocalDate end, DatePrecision precision, boolean fromPublication) {

    public static Optional<DateSpan> of(Claim claim, Source source) {
        if (claim.hasTimeInterval()) {
            DateInterval i = claim.getTimeInterval();
            LocalDate start = date(i.getStart());
            LocalDate end = date(i.getEnd());
            if (start != null || end != null) {
                boolean publication = "publication".equals(i.getBasis())
                        || i.getPrecision() == DatePrecision.DATE_PRECISION_UPPER_BOUND;
                return Optional.of(new DateSpan(start, end, i.getPrecision(), publication));
            }
        }
        LocalDate time = date(claim.getTime());
        if (time == null) {
            return Optional.empty();
        }
        LocalDate published = source == null ? null : date(source.getPublishedDate());
        if (time.equals(published)) {
            return Optional.of(new DateSpan(null, time, DatePrecision.DATE_PRECISION_UPPER_BOUND, true));
        }
        return Optional.of(new DateSpan(time, time, DatePrecision.DATE_PRECISION_DAY, false));
    }

    public static DateSpan day(LocalDate d) {
        return new DateSpan(d, d, DatePrecision.DATE_PRECISION_DAY, false);
    }

    /** An ISO date, or the date part of an ISO instant; null when there is none or it is malformed. */
    public static LocalDate date(String iso) {
        if (iso == null || iso.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A single day (drawn as a point), not a stretch. */
    public boolean point() {
        return start != null && start.equals(end);
    }

    /** Whether both could be true: their intervals share a day (an open side shares everything). */
    public boolean overlaps(DateSpan other) {
        boolean startsBeforeOtherEnds = start == null || other.end == null || !start.isAfter(other.end);
        boolean otherStartsBeforeEnds = other.start == null || end == null || !other.start.isAfter(end);
        return startsBeforeOtherEnds && otherStartsBeforeEnds;
    }

    /** "2024-02-18", "2024-02-01 – 2024-02-29", "… – 2024-02-20". */
    public String label() {
        if (point()) {
            return start.toString();
        }
        return (start == null ? "…" : start.toString()) + " – " + (end == null ? "…" : end.toString());
    }
}
