package dossier.web.model;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.sanctions.v1.ElementStatus;
import dossier.sanctions.v1.Outcome;
import dossier.source.v1.Modality;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BadgesTest {

    @Test
    void breachesAreRedUncertainAmberClearedGreen() {
        assertThat(Badges.outcome(Outcome.VIOLATION).theme()).contains("error").contains("primary");
        assertThat(Badges.outcome(Outcome.LIKELY_VIOLATION).theme()).contains("error").doesNotContain("primary");
        assertThat(Badges.outcome(Outcome.POSSIBLE_VIOLATION).theme()).contains("warning");
        assertThat(Badges.outcome(Outcome.NO_VIOLATION).theme()).contains("success");
        assertThat(Badges.outcome(Outcome.NOT_APPLICABLE).theme()).contains("contrast");
        assertThat(Badges.outcome(Outcome.INSUFFICIENT_EVIDENCE).theme()).contains("contrast");
    }

    @Test
    void everyOutcomeHasADistinctReadableLabelAndIsABadge() {
        var known = Arrays.stream(Outcome.values())
                .filter(o -> o != Outcome.UNRECOGNIZED && o != Outcome.OUTCOME_UNSPECIFIED).toList();
        assertThat(known).allSatisfy(o -> {
            Badge b = Badges.outcome(o);
            assertThat(b.theme()).startsWith("badge");
            assertThat(b.label()).doesNotContain("_").isNotBlank();
        });
        assertThat(known.stream().map(o -> Badges.outcome(o).label()).distinct()).hasSameSizeAs(known);
    }

    @Test
    void anExposureNeverReadsAsAViolation() {
        assertThat(Badges.outcome(Outcome.VIOLATION, Badges.EXPOSURE).label()).isEqualTo("Exposure established");
        assertThat(Badges.outcome(Outcome.LIKELY_VIOLATION, Badges.EXPOSURE).label()).isEqualTo("Exposure likely");
        assertThat(Badges.outcome(Outcome.NO_VIOLATION, Badges.EXPOSURE).label()).isEqualTo("No exposure");
        assertThat(Arrays.stream(Outcome.values()).filter(o -> o != Outcome.UNRECOGNIZED)
                .map(o -> Badges.outcome(o, Badges.EXPOSURE).label())).noneMatch(l -> l.contains("iolation"));
        // a prohibition keeps its outcome's words
        assertThat(Badges.outcome(Outcome.VIOLATION, "prohibition").label()).isEqualTo("Violation");
        assertThat(Badges.outcome(Outcome.VIOLATION, "").label()).isEqualTo("Violation");
    }

    @Test
    void unknownValuesStillGetAGreyBadge() {
        assertThat(Badges.outcome(Outcome.UNRECOGNIZED).theme()).isEqualTo("badge contrast");
        assertThat(Badges.element(ElementStatus.ELEMENT_STATUS_UNSPECIFIED).theme()).isEqualTo("badge contrast");
        assertThat(Badges.modality(Modality.UNRECOGNIZED).theme()).isEqualTo("badge contrast");
    }

    @Test
    void elementStatusAndModalityColours() {
        assertThat(Badges.element(ElementStatus.MET).theme()).contains("success");
        assertThat(Badges.element(ElementStatus.NOT_MET).theme()).contains("error");
        assertThat(Badges.element(ElementStatus.UNKNOWN).theme()).contains("warning");
        assertThat(Badges.modality(Modality.SPECULATIVE).theme()).contains("warning");
        assertThat(Badges.modality(Modality.DENIED).theme()).contains("error");
    }

    @Test
    void breachesComeFirstAndOnlyTheyOpenTheirReasoning() {
        var sorted = java.util.Arrays.stream(Outcome.values()).filter(o -> o != Outcome.UNRECOGNIZED)
                .sorted(java.util.Comparator.comparingInt(Badges::severity)).toList();
        assertThat(sorted).startsWith(Outcome.VIOLATION, Outcome.LIKELY_VIOLATION, Outcome.POSSIBLE_VIOLATION);
        assertThat(sorted.indexOf(Outcome.NOT_APPLICABLE)).isGreaterThan(sorted.indexOf(Outcome.NO_VIOLATION));
        assertThat(Badges.engages(Outcome.LIKELY_VIOLATION)).isTrue();
        assertThat(Badges.engages(Outcome.NOT_APPLICABLE)).isFalse();
    }
}
