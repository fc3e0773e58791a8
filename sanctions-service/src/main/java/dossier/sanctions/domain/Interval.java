package dossier.sanctions.domain;

import java.time.LocalDate;

/**
 * When something happened: somewhere in [start, end], both inclusive; a null side is open.
 * basis says where it comes from ("text", "narrative", "publication", "model introduced").
 */
public record Interval(LocalDate start, LocalDate end, String precision, String basis) {
    public static final Interval OPEN = new Interval(null, null, "", "");

    public boolean open() {
        return start == null && end == null;
    }

    /** The narrower of two intervals (both must hold); an empty intersection keeps this one. */
    public Interval and(Interval o) {
        LocalDate s = start == null ? o.start : o.start == null ? start : (start.isAfter(o.start) ? start : o.start);
        LocalDate e = end == null ? o.end : o.end == null ? end : (end.isBefore(o.end) ? end : o.end);
        if (s != null && e != null && s.isAfter(e)) {
            return this;
        }
        String b = basis.isEmpty() ? o.basis : o.basis.isEmpty() || o.basis.equals(basis) ? basis : basis + " + " + o.basis;
        return new Interval(s, e, precision.isEmpty() ? o.precision : precision, b);
    }

    public String text() {
        if (open()) {
            return "unknown";
        }
        if (start != null && start.equals(end)) {
            return start.toString();
        }
        return (start == null ? "" : start.toString()) + ".." + (end == null ? "" : end.toString());
    }
}
