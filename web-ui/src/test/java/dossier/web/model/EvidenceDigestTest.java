package dossier.web.model;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.Evidence;
import dossier.sanctions.v1.ReasoningStep;
import dossier.source.v1.Claim;
import dossier.source.v1.Modality;
import dossier.source.v1.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvidenceDigestTest {

    private static Evidence ev(String claim, String source, int start, String text) {
        return Evidence.newBuilder().setClaimId(claim).setSourceId(source).setSourceTitle("Title " + source)
                .setSpan(Span.newBuilder().setStart(start).setEnd(start + text.length()).setText(text)).build();
    }

    @Test
    void eachSourceShowsItsStrongestSentenceOnceTheRestBehindACount() {
        CaseFile file = CaseFile.newBuilder()
                .addClaims(Claim.newBuilder().setId("a").setSourceId("s1").setConfidence(0.6).setModality(Modality.REPORTED))
                .addClaims(Claim.newBuilder().setId("b").setSourceId("s1").setConfidence(0.6).setModality(Modality.REPORTED))
                .addClaims(Claim.newBuilder().setId("c").setSourceId("s1").setConfidence(0.9).setModality(Modality.ASSERTED))
                .addClaims(Claim.newBuilder().setId("d").setSourceId("s2").setConfidence(0.5).setModality(Modality.SPECULATIVE))
                .addClaims(Claim.newBuilder().setId("e").setSourceId("s2").setConfidence(0.5).setModality(Modality.ASSERTED))
                .build();
        ReasoningStep step = ReasoningStep.newBuilder()
                .addEvidence(ev("a", "s1", 0, "Putin gave Kim a car."))
                .addEvidence(ev("b", "s1", 0, "Putin gave Kim a car."))     // the same sentence for another claim
                .addEvidence(ev("c", "s1", 40, "Peskov confirmed the gift."))
                .addEvidence(ev("d", "s2", 10, "Putin may have breached it."))
                .addEvidence(ev("e", "s2", 90, "Putin gave the car."))
                .build();
        List<EvidenceDigest.PerSource> digest = EvidenceDigest.of(step, new CaseFileIndex(file));
        assertThat(digest).extracting(EvidenceDigest.PerSource::sourceId).containsExactly("s1", "s2");
        assertThat(digest.get(0).strongest().getClaimId()).isEqualTo("c");
        assertThat(digest.get(0).others()).extracting(Evidence::getClaimId).containsExactly("a");
        // equal confidence: the asserted sentence before the speculative one
        assertThat(digest.get(1).strongest().getClaimId()).isEqualTo("e");
        assertThat(digest.get(1).others()).hasSize(1);
        assertThat(digest.get(1).sourceTitle()).isEqualTo("Title s2");
    }
}
