package dossier.sanctions.review;

import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.Verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an evaluation changed: new verdicts, verdicts whose outcome or confidence moved, and verdicts
 * that no longer exist. A computed change under an analyst's override is said to be one, so a
 * reader of the history sees that the evidence moved while the analyst's outcome stayed.
 */
public final class VerdictDiff {
    private static final double EPSILON = 1e-9;

    private VerdictDiff() {
    }

    /** A stored verdict as the diff needs it. */
    public record Stored(String incidentId, String measureId, String measureTitle, Outcome outcome, double confidence) {
    }

    /** One change; an outcome of OUTCOME_UNSPECIFIED means the verdict did not exist on that side. */
    public record Change(String incidentId, String measureId, String measureTitle, Outcome oldOutcome, Outcome newOutcome,
                         double oldConfidence, double newConfidence, String reason) {
    }

    /**
     * @param overridden the analysts' outcomes, keyed by {@link VerdictOverrides#key}
     * @param reason     why the case was evaluated, kept with every change
     */
    public static List<Change> between(List<Stored> before, List<Verdict> after, Map<String, Outcome> overridden, String reason) {
        Map<String, Stored> old = new LinkedHashMap<>();
        before.forEach(s -> old.put(VerdictOverrides.key(s.incidentId(), s.measureId()), s));
        List<Change> changes = new ArrayList<>();
        for (Verdict v : after) {
            String key = VerdictOverrides.key(v.getIncidentId(), v.getMeasureId());
            Stored prev = old.remove(key);
            Outcome prevOutcome = prev == null ? Outcome.OUTCOME_UNSPECIFIED : prev.outcome();
            double prevConfidence = prev == null ? 0 : prev.confidence();
            boolean outcomeChanged = prevOutcome != v.getOutcome();
            if (!outcomeChanged && Math.abs(prevConfidence - v.getConfidence()) <= EPSILON) {
                continue;
            }
            String why = reason;
            Outcome analyst = overridden.get(key);
            if (analyst != null && outcomeChanged) {
                why += "; the computed outcome changed under the analyst's override (" + analyst.name() + " still applies)";
            }
            changes.add(new Change(v.getIncidentId(), v.getMeasureId(), v.getMeasureTitle(), prevOutcome, v.getOutcome(),
                    prevConfidence, v.getConfidence(), why));
        }
        for (Stored gone : old.values()) {
            String why = reason + "; the incident is no longer supported by the claims";
            if (overridden.containsKey(VerdictOverrides.key(gone.incidentId(), gone.measureId()))) {
                why += " (the analyst's override is kept and applies again if the incident returns)";
            }
            changes.add(new Change(gone.incidentId(), gone.measureId(), gone.measureTitle(), gone.outcome(),
                    Outcome.OUTCOME_UNSPECIFIED, gone.confidence(), 0, why));
        }
        return changes;
    }
}
