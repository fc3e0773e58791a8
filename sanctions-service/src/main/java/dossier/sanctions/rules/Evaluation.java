package dossier.sanctions.rules;

import dossier.sanctions.domain.IncidentView;
import dossier.sanctions.domain.VerdictResult;

import java.util.List;

/** The result of evaluating a case: incidents and one verdict per incident and measure that applies to its kind. */
public record Evaluation(List<IncidentDraft> drafts, List<IncidentView> incidents, List<VerdictResult> verdicts) {
}
