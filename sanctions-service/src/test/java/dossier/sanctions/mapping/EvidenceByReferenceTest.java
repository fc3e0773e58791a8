package dossier.sanctions.mapping;

import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.Evidence;
import dossier.sanctions.v1.ReasoningStep;
import dossier.sanctions.v1.Verdict;
import dossier.source.v1.Span;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceByReferenceTest {

    private static Evidence evidence(String claim, String sentence) {
        return Evidence.newBuilder().setClaimId(claim).setSourceId("s1").setSourceTitle("Putin gifts Kim a limousine")
                .setSpan(Span.newBuilder().setStart(10).setEnd(10 + sentence.length()).setText(sentence)).setClaimSummary(claim + ": transfer").build();
    }

    private static CaseFile file() {
        Evidence a = evidence("c1", "Putin presented Kim with an Aurus Senat.");
        Evidence b = evidence("c2", "The car was delivered in Pyongyang.");
        Evidence c = evidence("c3", "Kim thanked Putin for the gift.");
        return CaseFile.newBuilder().setCase(Case.newBuilder().setId("case-1"))
                .addVerdicts(Verdict.newBuilder().setId("v1")
                        .addReasoning(ReasoningStep.newBuilder().setElement("CONDUCT").addEvidence(a).addEvidence(b))
                        .addReasoning(ReasoningStep.newBuilder().setElement("ITEM_IN_SCOPE").addEvidence(b).setEvidenceOmitted(3)))
                .addVerdicts(Verdict.newBuilder().setId("v2")
                        .addReasoning(ReasoningStep.newBuilder().setElement("CONDUCT").addEvidence(a).addEvidence(c).addEvidence(b))
                        .addReasoning(ReasoningStep.newBuilder().setElement("NO_EXEMPTION")))
                .build();
    }

    /** The file in place again, from the table and the references. */
    private static CaseFile inPlace(CaseFile byReference) {
        CaseFile.Builder out = byReference.toBuilder().clearEvidence().clearVerdicts();
        for (Verdict v : byReference.getVerdictsList()) {
            Verdict.Builder verdict = v.toBuilder().clearReasoning();
            for (ReasoningStep s : v.getReasoningList()) {
                ReasoningStep.Builder step = s.toBuilder().clearEvidenceRefs();
                s.getEvidenceRefsList().forEach(i -> step.addEvidence(byReference.getEvidence(i)));
                verdict.addReasoning(step);
            }
            out.addVerdicts(verdict);
        }
        return out.build();
    }

    @Test
    void eachEvidenceEntryIsSentOnceAndEveryStepPointsAtItsOwnInOrder() {
        CaseFile byReference = EvidenceByReference.of(file());
        assertThat(byReference.getEvidenceList()).extracting(Evidence::getClaimId).containsExactly("c1", "c2", "c3");
        assertThat(byReference.getVerdictsList()).allSatisfy(v -> assertThat(v.getReasoningList())
                .allSatisfy(s -> assertThat(s.getEvidenceList()).isEmpty()));
        assertThat(byReference.getVerdicts(1).getReasoning(0).getEvidenceRefsList()).containsExactly(0, 2, 1);
        assertThat(byReference.getVerdicts(0).getReasoning(1).getEvidenceOmitted()).isEqualTo(3);
        assertThat(inPlace(byReference)).isEqualTo(file());
        assertThat(byReference.getSerializedSize()).isLessThan(file().getSerializedSize());
    }

    @Test
    void aFileWithoutEvidenceStaysAsItIs() {
        CaseFile none = CaseFile.newBuilder().setCase(Case.newBuilder().setId("case-2"))
                .addVerdicts(Verdict.newBuilder().setId("v1").addReasoning(ReasoningStep.newBuilder().setElement("CONDUCT"))).build();
        assertThat(EvidenceByReference.of(none)).isEqualTo(none);
    }
}
