package dossier.sanctions.rules;

import dossier.sanctions.v1.Incident;
import dossier.sanctions.v1.Verdict;

import java.util.List;

/** The result of evaluating a case: incidents and one verdict per incident and measure. */
public record Evaluation(List<IncidentDraft> drafts, List<Incident> incidents, List<Verdict> verdicts) {
}
