package dossier.sanctions.review;

import dossier.sanctions.review.VerdictDiff.Change;
import dossier.sanctions.review.VerdictDiff.Stored;
import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictDiffTest {

    static Verdict verdict(String incident, String measure, Outcome o, double confidence) {
        return Verdict.newBuilder().setId(incident + ":" + measure).setIncidentId(incident).setMeasureId(measure)
                .setMeasureTitle("Title of " + measure).setOutcome(o).setConfidence(confidence).build();
    }

    @Test
    void newChangedUnchangedAndGoneVerdicts() {
        List<Stored> before = List.of(
                new Stored("i1", "A", "Title of A", Outcome.LIKELY_VIOLATION, 0.7),
                new Stored("i1", "B", "Title of B", Outcome.NOT_APPLICABLE, 0.9),
                new Stored("i2", "A", "Title of A", Outcome.POSSIBLE_VIOLATION, 0.4));
        List<Verdict> after = List.of(
                verdict("i1", "A", Outcome.VIOLATION, 0.9),
                verdict("i1", "B", Outcome.NOT_APPLICABLE, 0.9),
                verdict("i3", "A", Outcome.INSUFFICIENT_EVIDENCE, 0.2));
        List<Change> changes = VerdictDiff.between(before, after, Map.of(), "source 'X' added");
        assertThat(changes).containsExactly(
                new Change("i1", "A", "Title of A", Outcome.LIKELY_VIOLATION, Outcome.VIOLATION, 0.7, 0.9, "source 'X' added"),
                new Change("i3", "A", "Title of A", Outcome.OUTCOME_UNSPECIFIED, Outcome.INSUFFICIENT_EVIDENCE, 0, 0.2, "source 'X' added"),
                new Change("i2", "A", "Title of A", Outcome.POSSIBLE_VIOLATION, Outcome.OUTCOME_UNSPECIFIED, 0.4, 0,
                        "source 'X' added; the incident is no longer supported by the claims"));
    }

    @Test
    void aConfidenceChangeAloneIsAChange() {
        List<Change> changes = VerdictDiff.between(List.of(new Stored("i", "A", "T", Outcome.VIOLATION, 0.8)),
                List.of(verdict("i", "A", Outcome.VIOLATION, 0.95)), Map.of(), "r");
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.oldConfidence()).isEqualTo(0.8);
            assertThat(c.newConfidence()).isEqualTo(0.95);
            assertThat(c.reason()).isEqualTo("r");
        });
    }

    @Test
    void aComputedChangeUnderAnOverrideSaysSo() {
        Map<String, Outcome> overridden = Map.of(VerdictOverrides.key("i", "A"), Outcome.NO_VIOLATION);
        List<Change> moved = VerdictDiff.between(List.of(new Stored("i", "A", "T", Outcome.LIKELY_VIOLATION, 0.7)),
                List.of(verdict("i", "A", Outcome.VIOLATION, 0.9)), overridden, "r");
        assertThat(moved).singleElement().satisfies(c ->
                assertThat(c.reason()).isEqualTo("r; the computed outcome changed under the analyst's override (NO_VIOLATION still applies)"));
        List<Change> gone = VerdictDiff.between(List.of(new Stored("i", "A", "T", Outcome.LIKELY_VIOLATION, 0.7)),
                List.of(), overridden, "r");
        assertThat(gone).singleElement().satisfies(c -> assertThat(c.reason()).contains("override is kept"));
    }
}
