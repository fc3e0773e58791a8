package dossier.web.model;

import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.Verdict;

/** Which outcome of a verdict counts: an analyst's override before the computed one. */
public final class Verdicts {

    private Verdicts() {
    }

    /** Whether an analyst's outcome stands in place of the computed one. */
    public static boolean overridden(Verdict v) {
        return v.hasOverride() && v.getOverride().getOutcome() != Outcome.OUTCOME_UNSPECIFIED;
    }

    /**
     * The outcome that counts. Taken from effective_outcome; a service that predates that field
     * leaves it unspecified, so it is derived from the override and the computed outcome then.
     */
    public static Outcome effective(Verdict v) {
        if (v.getEffectiveOutcome() != Outcome.OUTCOME_UNSPECIFIED) {
            return v.getEffectiveOutcome();
        }
        return overridden(v) ? v.getOverride().getOutcome() : v.getOutcome();
    }

    /** The outcomes an analyst may choose, most serious first (the unspecified one means "withdraw"). */
    public static java.util.List<Outcome> choosable() {
        return java.util.Arrays.stream(Outcome.values())
                .filter(o -> o != Outcome.OUTCOME_UNSPECIFIED && o != Outcome.UNRECOGNIZED)
                .sorted(java.util.Comparator.comparingInt(Badges::severity))
                .toList();
    }
}
