package dossier.web.model;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.Evidence;
import dossier.sanctions.v1.ReasoningStep;
import dossier.source.v1.Claim;
import dossier.source.v1.ClaimType;
import dossier.source.v1.Source;
import dossier.source.v1.Span;
import org.junit.jupiter.api.Test;

class CaseFileIndexTest {

    private static final String TEXT = "Headline\nThe company shipped the crates in May.";

    private static CaseFile file() {
        int start = TEXT.indexOf("shipped the crates");
        return CaseFile.newBuilder()
                .addSources(Source.newBuilder().setId("s1").setTitle("Headline").setText(TEXT).setOutlet("Wire"))
                .addSources(Source.newBuilder().setId("s2").setOutlet("Other paper"))
                .addClaims(Claim.newBuilder().setId("c1").setSourceId("s1").setType(ClaimType.TRANSFER)
                        .setSummary("company → crates")
                        .setSpan(Span.newBuilder().setStart(start).setEnd(start + 18).setText("shipped the crates")))
                .addClaims(Claim.newBuilder().setId("c2").setSourceId("s2").setType(ClaimType.QUOTE))
                .build();
    }

    @Test
    void sourceTitlesFallBackToOutletThenId() {
        CaseFileIndex index = new CaseFileIndex(file());
        assertThat(index.sourceTitle("s1")).isEqualTo("Headline");
        assertThat(index.sourceTitle("s2")).isEqualTo("Other paper");
        assertThat(index.sourceTitle("unknown")).isEqualTo("unknown");
    }

    @Test
    void highlightsOfASourceComeFromItsOwnClaimsLabelledByType() {
        CaseFileIndex index = new CaseFileIndex(file());
        var segments = index.segmentsOf(file().getSources(0));

        assertThat(segments).filteredOn(TextSegment::highlighted)
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.text()).isEqualTo("shipped the crates");
                    assertThat(s.note()).startsWith("Transfer").contains("company → crates");
                    assertThat(s.claimId()).isEqualTo("c1");
                });
        assertThat(index.highlightsOf(file().getSources(1))).isEmpty();
    }

    @Test
    void bodyIsShownWhenTheFullTextIsLeftOut() {
        Source s = Source.newBuilder().setId("x").setBody("only the body").build();
        assertThat(CaseFileIndex.displayText(s)).isEqualTo("only the body");
    }

    @Test
    void aStepsEvidenceReadsTheSameInPlaceAndByReference() {
        Evidence shipped = Evidence.newBuilder().setClaimId("c1").setSourceId("s1").setClaimSummary("company → crates").build();
        Evidence quoted = Evidence.newBuilder().setClaimId("c2").setSourceId("s2").build();
        ReasoningStep inPlace = ReasoningStep.newBuilder().setElement("CONDUCT").addEvidence(quoted).addEvidence(shipped).build();
        assertThat(new CaseFileIndex(file()).evidenceOf(inPlace)).containsExactly(quoted, shipped);

        // GetCaseFileRequest.evidence_by_reference: the file's table, the step's positions in it
        CaseFile byReference = file().toBuilder().addEvidence(shipped).addEvidence(quoted).build();
        ReasoningStep referring = ReasoningStep.newBuilder().setElement("CONDUCT").addEvidenceRefs(1).addEvidenceRefs(0).build();
        assertThat(new CaseFileIndex(byReference).evidenceOf(referring)).containsExactly(quoted, shipped);
        assertThat(new CaseFileIndex(byReference).evidenceOf(ReasoningStep.getDefaultInstance())).isEmpty();
    }
}
