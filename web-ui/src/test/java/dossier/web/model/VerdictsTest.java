package dossier.web.model;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.Verdict;
import dossier.sanctions.v1.VerdictOverride;
import org.junit.jupiter.api.Test;

class VerdictsTest {

    private static final Verdict COMPUTED = Verdict.newBuilder().setOutcome(Outcome.LIKELY_VIOLATION).build();

    @Test
    void theServicesEffectiveOutcomeCounts() {
        Verdict v = COMPUTED.toBuilder().setOverride(VerdictOverride.newBuilder().setOutcome(Outcome.NO_VIOLATION))
                .setEffectiveOutcome(Outcome.NO_VIOLATION).build();
        assertThat(Verdicts.overridden(v)).isTrue();
        assertThat(Verdicts.effective(v)).isEqualTo(Outcome.NO_VIOLATION);
    }

    @Test
    void withoutEffectiveOutcomeTheOverrideThenTheComputedOutcomeCounts() {
        assertThat(Verdicts.effective(COMPUTED)).isEqualTo(Outcome.LIKELY_VIOLATION);
        Verdict overridden = COMPUTED.toBuilder()
                .setOverride(VerdictOverride.newBuilder().setOutcome(Outcome.POSSIBLE_VIOLATION)).build();
        assertThat(Verdicts.effective(overridden)).isEqualTo(Outcome.POSSIBLE_VIOLATION);
    }

    @Test
    void anOverrideWithoutOutcomeIsNone() {
        Verdict v = COMPUTED.toBuilder().setOverride(VerdictOverride.newBuilder().setJustification("withdrawn")).build();
        assertThat(Verdicts.overridden(v)).isFalse();
        assertThat(Verdicts.effective(v)).isEqualTo(Outcome.LIKELY_VIOLATION);
    }

    @Test
    void choosableOutcomesAreTheRealOnesMostSeriousFirst() {
        assertThat(Verdicts.choosable()).first().isEqualTo(Outcome.VIOLATION);
        assertThat(Verdicts.choosable()).hasSize(6).doesNotContain(Outcome.OUTCOME_UNSPECIFIED, Outcome.UNRECOGNIZED)
                .isSortedAccordingTo(java.util.Comparator.comparingInt(Badges::severity));
    }
}
