package dossier.sanctions.mapping;

import dossier.sanctions.v1.Evidence;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceSelectionTest {

    private static Evidence ev(String source, int n) {
        return Evidence.newBuilder().setClaimId(source + "-c" + n).setSourceId(source).build();
    }

    @Test
    void aLongListKeepsOneClaimOfEachSourceFirstInOrderAndCountsTheRest() {
        List<Evidence> all = new ArrayList<>();
        // 5 sources with 6 claims each, source by source: the first 12 alone would name two sources
        for (int s = 0; s < 5; s++) {
            for (int n = 0; n < 6; n++) all.add(ev("s" + s, n));
        }
        EvidenceSelection listed = EvidenceSelection.of(all);
        assertThat(listed.kept()).hasSize(EvidenceSelection.MAX);
        assertThat(listed.omitted()).isEqualTo(30 - EvidenceSelection.MAX);
        assertThat(listed.kept()).extracting(Evidence::getSourceId).containsOnly("s0", "s1", "s2", "s3", "s4")
                .contains("s0", "s1", "s2", "s3", "s4");
        assertThat(listed.kept()).extracting(Evidence::getClaimId).isSubsetOf(all.stream().map(Evidence::getClaimId).toList())
                .isSortedAccordingTo((a, b) -> Integer.compare(indexOf(all, a), indexOf(all, b)));
        // every source's first claim is there
        assertThat(listed.kept()).extracting(Evidence::getClaimId).contains("s0-c0", "s1-c0", "s2-c0", "s3-c0", "s4-c0");
    }

    @Test
    void aShortListIsKeptWhole() {
        List<Evidence> few = List.of(ev("a", 0), ev("a", 1), ev("b", 0));
        EvidenceSelection listed = EvidenceSelection.of(few);
        assertThat(listed.kept()).isEqualTo(few);
        assertThat(listed.omitted()).isZero();
    }

    @Test
    void moreSourcesThanRoomListsTheFirstSources() {
        List<Evidence> many = new ArrayList<>();
        for (int s = 0; s < 40; s++) many.add(ev("s" + s, 0));
        EvidenceSelection listed = EvidenceSelection.of(many);
        assertThat(listed.kept()).isEqualTo(many.subList(0, EvidenceSelection.MAX));
        assertThat(listed.omitted()).isEqualTo(40 - EvidenceSelection.MAX);
    }

    private static int indexOf(List<Evidence> all, String claimId) {
        for (int i = 0; i < all.size(); i++) if (all.get(i).getClaimId().equals(claimId)) return i;
        return -1;
    }
}
