package dossier.sanctions.review;

import dossier.sanctions.v1.HitDismissal;
import dossier.sanctions.v1.Party;
import dossier.sanctions.v1.ScreeningHit;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HitDismissalsTest {

    @Test
    void onlyTheDismissedHitOfThatPartyIsMarked() {
        ScreeningHit h1 = ScreeningHit.newBuilder().setEntityId("listed-1").setReference("R1").build();
        ScreeningHit h2 = ScreeningHit.newBuilder().setEntityId("listed-2").setReference("R2").build();
        Party a = Party.newBuilder().setEntityId("a").addHits(h1).addHits(h2).build();
        Party b = Party.newBuilder().setEntityId("b").addHits(h1).build();
        HitDismissal d = HitDismissal.newBuilder().setAnalyst("ana").setReason("other person").build();

        List<Party> out = HitDismissals.apply(List.of(a, b), Map.of(HitDismissals.key("a", "listed-1"), d));
        assertThat(out.get(0).getHits(0).getDismissal()).isEqualTo(d);
        assertThat(out.get(0).getHits(1).hasDismissal()).isFalse();
        assertThat(out.get(1).getHits(0).hasDismissal()).as("same listed entity, other party").isFalse();
        // Restored: a dismissal carried over from before is not shown any more.
        assertThat(HitDismissals.apply(out, Map.of()).get(0).getHits(0).hasDismissal()).isFalse();
    }
}
