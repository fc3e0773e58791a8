package dossier.sanctions.review;

import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.Verdict;
import dossier.sanctions.v1.VerdictOverride;

import java.util.List;
import java.util.Map;

/** Puts analysts' overrides beside computed verdicts; the override's outcome is the one that counts. */
public final class VerdictOverrides {
    private VerdictOverrides() {
    }

    /** The key an override is attached by: it survives re-evaluation because incident and measure ids do. */
    public static String key(String incidentId, String measureId) {
        return incidentId + "|" + measureId;
    }

    /** The verdict with its override (if any) and effective outcome; the computed outcome and confidence stay. */
    public static Verdict apply(Verdict computed, VerdictOverride override) {
        Verdict.Builder b = computed.toBuilder().clearOverride();
        if (override != null && override.getOutcome() != Outcome.OUTCOME_UNSPECIFIED) {
            return b.setOverride(override).setEffectiveOutcome(override.getOutcome()).build();
        }
        return b.setEffectiveOutcome(computed.getOutcome()).build();
    }

    /** {@link #apply} for every verdict, with overrides keyed by {@link #key}. */
    public static List<Verdict> applyAll(List<Verdict> computed, Map<String, VerdictOverride> overrides) {
        return computed.stream().map(v -> apply(v, overrides.get(key(v.getIncidentId(), v.getMeasureId())))).toList();
    }
}
