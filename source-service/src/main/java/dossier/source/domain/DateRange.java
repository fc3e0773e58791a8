package dossier.source.domain;

/**
 * When something happened, as an interval of ISO dates (both ends inclusive) with the precision the
 * text gave ("early May 2019" = 2019-05-01..2019-05-10, PART_OF_MONTH) and what it was read from
 * ({@code basis}: the phrase, or "publication date" for an UPPER_BOUND). Precision names are the
 * wire names of {@code dossier.model.v1.DatePrecision} ("day", "month", "upper_bound" ...).
 */
public record DateRange(String start, String end, String precision, String basis) {

    public DateRange {
        start = start == null ? "" : start;
        end = end == null ? "" : end;
        precision = precision == null ? "" : precision;
        basis = basis == null ? "" : basis;
    }

    /** The basis of the bound a report's own date sets (every event it tells lies before it). */
    public static final String PUBLICATION_DATE = "publication date";

    /**
     * The text bounds the period on one side ("since 2017" runs to the report, "by February 2024"
     * from whenever): what is counted over it is a running total, not one event's amount.
     */
    public boolean openEnded() {
        return !basis.equals(PUBLICATION_DATE) && (upperBoundOnly() || basis.startsWith("since "));
    }

    public boolean upperBoundOnly() {
        return start.isEmpty() && !end.isEmpty();
    }

    /** Whether this interval lies inside the other (a refinement of it). */
    public boolean within(DateRange o) {
        return (o.start.isEmpty() || !start.isEmpty() && start.compareTo(o.start) >= 0)
                && (o.end.isEmpty() || !end.isEmpty() && end.compareTo(o.end) <= 0);
    }

    /** Whether the two intervals share a day. */
    public boolean overlaps(DateRange o) {
        boolean startsBeforeOtherEnds = start.isEmpty() || o.end.isEmpty() || start.compareTo(o.end) <= 0;
        boolean otherStartsBeforeEnd = o.start.isEmpty() || end.isEmpty() || o.start.compareTo(end) <= 0;
        return startsBeforeOtherEnds && otherStartsBeforeEnd;
    }
}
