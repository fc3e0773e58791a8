package dossier.sanctions.domain;

import java.util.List;

/**
 * One incident against one measure. nature: "prohibition" (an obligation the actor may breach) or
 * "exposure" (a designation authority or a listing: risk for the parties, no breach by them).
 * confidenceBasis: the one line saying why this confidence (decision-table row and evidence weights).
 */
public record VerdictResult(String id, String incidentId, String measureId, String measureTitle, String regime,
                            List<CitationRef> citations, Outcome outcome, double confidence, String summary,
                            List<ElementCheck> reasoning, String evaluatedAt, String bound, String nature,
                            List<Exposure> exposures, String confidenceBasis, String decisionRow) {

    public record CitationRef(String instrument, String provision, String summary) {
    }

    /** Engaged: the measure reaches this incident (not cleared as not applicable or no violation). */
    public boolean engaged() {
        return outcome != Outcome.NOT_APPLICABLE && outcome != Outcome.NO_VIOLATION;
    }
}
