package dossier.sanctions.export;

import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.CaseStatus;
import dossier.sanctions.v1.Citation;
import dossier.sanctions.v1.ElementStatus;
import dossier.sanctions.v1.Evidence;
import dossier.sanctions.v1.HitDismissal;
import dossier.sanctions.v1.Incident;
import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.Party;
import dossier.sanctions.v1.ReasoningStep;
import dossier.sanctions.v1.ScreeningHit;
import dossier.sanctions.v1.Verdict;
import dossier.sanctions.v1.VerdictChange;
import dossier.sanctions.v1.VerdictOverride;
import dossier.source.v1.Conflict;
import dossier.source.v1.SlotValue;
import dossier.source.v1.Source;
import dossier.source.v1.Span;

/** An invented case file with every part a report shows: an override, a dismissed hit, a conflict, history. */
final class SampleCaseFile {
    private SampleCaseFile() {
    }

    static CaseFile build() {
        return CaseFile.newBuilder()
                .setCase(Case.newBuilder().setId("case-1").setTitle("Boat delivery 2025").setStatus(CaseStatus.IN_REVIEW)
                        .setAssignedAnalyst("ana").setNotes("Ask the port authority for the manifest."))
                .addIncidents(Incident.newBuilder().setId("inc-1").setSummary("Transfer of a yacht from Alpha Trading to Beta Port")
                        .setItem("a yacht").setItemClassification("yacht").addHsHeadings("8903").setDate("2025-03-01"))
                .addVerdicts(Verdict.newBuilder().setId("inc-1:M-1").setIncidentId("inc-1").setMeasureId("M-1")
                        .setMeasureTitle("Ban on luxury vessels").setRegime("R-1").setOutcome(Outcome.LIKELY_VIOLATION)
                        .setConfidence(0.8).setSummary("All elements met; one source.")
                        .setConfidenceBasis("T9 (every element met, the event reported but not established first-hand): evidence 0.7 → 0.75.")
                        .setBound("all Member States").setEngaged(true).setNature("prohibition")
                        .addExposures(dossier.sanctions.v1.Exposure.newBuilder().setParty("Freedonia").setKind("state possibly in breach")
                                .setBasis("Resolution 9 para 3"))
                        .addCitations(Citation.newBuilder().setInstrument("Resolution 9").setProvision("para 3").setSummary("no yachts"))
                        .addReasoning(ReasoningStep.newBuilder().setElement("ITEM_IN_SCOPE").setStatus(ElementStatus.MET)
                                .setExplanation("a yacht is a luxury vessel")
                                .addEvidence(Evidence.newBuilder().setSourceId("s-1")
                                        .setSpan(Span.newBuilder().setText("Alpha Trading delivered a yacht"))))
                        .setOverride(VerdictOverride.newBuilder().setOutcome(Outcome.NO_VIOLATION).setAnalyst("bob")
                                .setJustification("The yacht was returned before delivery").setOverriddenAt("2025-04-01T10:00:00Z"))
                        .setEffectiveOutcome(Outcome.NO_VIOLATION))
                .addParties(Party.newBuilder().setEntityId("e-1").setName("Alpha Trading").addRoles("giver")
                        .addHits(ScreeningHit.newBuilder().setEntityId("l-1").setName("Alpha Trading Ltd").setList("Some List")
                                .setProgram("P1").setReference("REF-7").setScore(0.9).setPassesThreshold(true)
                                .setDismissal(HitDismissal.newBuilder().setAnalyst("carla").setReason("registered elsewhere")
                                        .setDismissedAt("2025-04-02T09:00:00Z"))))
                .addSources(Source.newBuilder().setId("s-1").setTitle("Yacht arrives").setOutlet("Harbour News")
                        .setPublishedDate("2025-03-02").setUrl("https://news.example/yacht").setContentHash("abc"))
                .addConflicts(Conflict.newBuilder().setDescription("The date differs")
                        .addValues(SlotValue.newBuilder().setValue("1 March").addSourceIds("s-1").setIndependentLines(1)))
                .addHistory(VerdictChange.newBuilder().setMeasureId("M-1").setMeasureTitle("Ban on luxury vessels")
                        .setOldOutcome(Outcome.LIKELY_VIOLATION).setNewOutcome(Outcome.NO_VIOLATION).setChangedBy("bob")
                        .setReason("override: The yacht was returned before delivery").setChangedAt("2025-04-01T10:00:00Z"))
                .build();
    }
}
