package dossier.web.model;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.VerdictChange;
import org.junit.jupiter.api.Test;

class HistoryFormatsTest {

    @Test
    void aChangeReadsOldToNew() {
        VerdictChange c = VerdictChange.newBuilder().setOldOutcome(Outcome.POSSIBLE_VIOLATION)
                .setNewOutcome(Outcome.LIKELY_VIOLATION).setOldConfidence(0.4).setNewConfidence(0.655).build();
        assertThat(HistoryFormats.outcomeChange(c)).isEqualTo("Possible violation → Likely violation");
        assertThat(HistoryFormats.outcomeBefore(c)).isEqualTo("Possible violation");
        assertThat(HistoryFormats.confidenceChange(c)).isEqualTo("40 % → 66 %");
    }

    @Test
    void aNewOrVanishedVerdictHasADashOnItsMissingSide() {
        VerdictChange added = VerdictChange.newBuilder().setNewOutcome(Outcome.VIOLATION).setNewConfidence(0.75).build();
        assertThat(HistoryFormats.outcomeChange(added)).isEqualTo("— → Violation");
        assertThat(HistoryFormats.outcomeBefore(added)).isEqualTo("new");
        assertThat(HistoryFormats.confidenceChange(added)).isEqualTo("— → 75 %");
        VerdictChange gone = VerdictChange.newBuilder().setOldOutcome(Outcome.NOT_APPLICABLE).setOldConfidence(0.9).build();
        assertThat(HistoryFormats.outcomeChange(gone)).isEqualTo("Not applicable → —");
        assertThat(HistoryFormats.confidenceChange(gone)).isEqualTo("90 % → —");
    }

    @Test
    void theMeasureIsNamedByTitleAndId() {
        VerdictChange both = VerdictChange.newBuilder().setMeasureId("M-1").setMeasureTitle("Arms embargo").build();
        assertThat(HistoryFormats.measure(both)).isEqualTo("Arms embargo (M-1)");
        assertThat(HistoryFormats.measure(VerdictChange.newBuilder().setMeasureId("M-1").build())).isEqualTo("M-1");
        assertThat(HistoryFormats.measure(VerdictChange.getDefaultInstance())).isEqualTo("—");
    }
}
