package dossier.sanctions.rules;

import dossier.sanctions.domain.Outcome;
import dossier.sanctions.domain.Status;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules' data files load, and the decision table reads as MEASURES.md says. */
class RulesDataTest {
    final DecisionTable table = DecisionTable.standard();

    @Test
    void aScopeElementNotMetIsNotApplicableAndAnyOtherNotMetIsNoViolation() {
        assertThat(table.decide(facts(Map.of(Elements.ITEM_IN_SCOPE, Status.NOT_MET, Elements.DATE_AFTER_ADOPTION, Status.NOT_MET),
                false, true)).outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(table.decide(facts(Map.of(Elements.DATE_AFTER_ADOPTION, Status.NOT_MET), false, true)).outcome())
                .isEqualTo(Outcome.NO_VIOLATION);
    }

    @Test
    void unknownsAndEvidenceGradeTheRest() {
        assertThat(table.decide(facts(Map.of(Elements.ITEM_IN_SCOPE, Status.UNKNOWN, Elements.DESTINATION, Status.UNKNOWN), false, true))
                .outcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
        assertThat(table.decide(facts(Map.of(Elements.ITEM_IN_SCOPE, Status.UNKNOWN), false, true)).outcome())
                .isEqualTo(Outcome.POSSIBLE_VIOLATION);
        assertThat(table.decide(facts(Map.of(Elements.ITEM_IN_SCOPE, Status.MET), false, true)).outcome()).isEqualTo(Outcome.VIOLATION);
        assertThat(table.decide(facts(Map.of(Elements.ITEM_IN_SCOPE, Status.MET), false, false)).outcome())
                .isEqualTo(Outcome.LIKELY_VIOLATION);
        assertThat(table.decide(new DecisionTable.Facts(Map.of(Elements.ITEM_IN_SCOPE, Status.MET), true, false, true)).confidence().max())
                .isEqualTo(0.25);
    }

    @Test
    void evidenceWeightsNameEveryModalityAndOnlyFirstHandLinesEstablish() {
        EvidenceWeights w = EvidenceWeights.standard();
        assertThat(w.asserter("press").establishes()).isFalse();
        assertThat(w.asserter("anonymous").establishes()).isFalse();
        assertThat(w.asserter("official").establishes()).isTrue();
        assertThat(w.asserter("investigator").establishes()).isTrue();
        assertThat(w.modality().get("asserted")).isGreaterThan(w.modality().get("reported"));
        assertThat(ConductVocabulary.standard().negating()).contains("refuse");
    }

    private static DecisionTable.Facts facts(Map<String, Status> elements, boolean alleged, boolean established) {
        return new DecisionTable.Facts(elements, alleged, established, false);
    }
}
