package dossier.web.model;

import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.VerdictChange;

/** How one change of a verdict reads in the history: "Likely violation → No violation", "82 % → 40 %". */
public final class HistoryFormats {

    private HistoryFormats() {
    }

    /** Unspecified on either side means the verdict did not exist before, or no longer exists. */
    public static String outcomeChange(VerdictChange c) {
        return side(c.getOldOutcome()) + " → " + side(c.getNewOutcome());
    }

    /** The outcome before the change; "new" for a verdict that did not exist before. */
    public static String outcomeBefore(VerdictChange c) {
        return c.getOldOutcome() == Outcome.OUTCOME_UNSPECIFIED ? "new" : side(c.getOldOutcome());
    }

    public static String confidenceChange(VerdictChange c) {
        String before = c.getOldOutcome() == Outcome.OUTCOME_UNSPECIFIED ? "—" : Formats.percent(c.getOldConfidence());
        String after = c.getNewOutcome() == Outcome.OUTCOME_UNSPECIFIED ? "—" : Formats.percent(c.getNewConfidence());
        return before + " → " + after;
    }

    /** "Ban on luxury goods (UN-DPRK-LUX)", or the id alone when the title is not known. */
    public static String measure(VerdictChange c) {
        if (c.getMeasureTitle().isBlank()) {
            return Formats.orDash(c.getMeasureId());
        }
        return c.getMeasureId().isBlank() ? c.getMeasureTitle() : c.getMeasureTitle() + " (" + c.getMeasureId() + ")";
    }

    private static String side(Outcome outcome) {
        return outcome == Outcome.OUTCOME_UNSPECIFIED ? "—" : Badges.outcome(outcome).label();
    }
}
