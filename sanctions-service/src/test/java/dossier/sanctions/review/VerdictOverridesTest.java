package dossier.sanctions.review;

import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.Verdict;
import dossier.sanctions.v1.VerdictOverride;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VerdictOverridesTest {
    static final Verdict COMPUTED = VerdictDiffTest.verdict("i", "A", Outcome.LIKELY_VIOLATION, 0.7);

    @Test
    void theOverrideCountsAndTheComputedOutcomeStays() {
        VerdictOverride o = VerdictOverride.newBuilder().setOutcome(Outcome.NO_VIOLATION).setAnalyst("ana").setJustification("j").build();
        Verdict v = VerdictOverrides.apply(COMPUTED, o);
        assertThat(v.getEffectiveOutcome()).isEqualTo(Outcome.NO_VIOLATION);
        assertThat(v.getOutcome()).isEqualTo(Outcome.LIKELY_VIOLATION);
        assertThat(v.getConfidence()).isEqualTo(0.7);
        assertThat(v.getOverride()).isEqualTo(o);
    }

    @Test
    void withoutOverrideTheComputedOutcomeCounts() {
        Verdict v = VerdictOverrides.apply(COMPUTED, null);
        assertThat(v.getEffectiveOutcome()).isEqualTo(Outcome.LIKELY_VIOLATION);
        assertThat(v.hasOverride()).isFalse();
        // An override without an outcome is no override.
        assertThat(VerdictOverrides.apply(COMPUTED, VerdictOverride.getDefaultInstance()).hasOverride()).isFalse();
    }

    @Test
    void overridesAttachByIncidentAndMeasure() {
        Verdict other = VerdictDiffTest.verdict("i", "B", Outcome.VIOLATION, 1);
        VerdictOverride o = VerdictOverride.newBuilder().setOutcome(Outcome.POSSIBLE_VIOLATION).build();
        List<Verdict> out = VerdictOverrides.applyAll(List.of(COMPUTED, other), Map.of(VerdictOverrides.key("i", "B"), o));
        assertThat(out).extracting(Verdict::getEffectiveOutcome).containsExactly(Outcome.LIKELY_VIOLATION, Outcome.POSSIBLE_VIOLATION);
    }
}
