package dossier.web.model;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.entity.v1.Decision;
import dossier.entity.v1.Judgement;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionsTest {

    private static Decision decision(String left, String right, Judgement j, boolean current, String at) {
        return Decision.newBuilder().setLeftEntityId(left).setRightEntityId(right).setJudgement(j)
                .setCurrent(current).setDecidedAt(at).setAnalyst("j.doe").build();
    }

    @Test
    void theCurrentJudgementOnThePairCountsWhicheverWayRoundItWasRecorded() {
        List<Decision> all = List.of(
                decision("b", "a", Judgement.NOT_SAME, true, "2026-11-30T10:00:00Z"),
                decision("a", "b", Judgement.SAME, false, "2026-11-29T10:00:00Z"),
                decision("a", "c", Judgement.SAME, true, "2026-11-30T11:00:00Z"));
        assertThat(Decisions.current(all, "a", "b")).map(Decision::getJudgement).contains(Judgement.NOT_SAME);
        assertThat(Decisions.current(all, "a", "c")).map(Decision::getJudgement).contains(Judgement.SAME);
        assertThat(Decisions.current(all, "b", "c")).isEmpty();
    }

    @Test
    void ofTwoCurrentJudgementsTheNewestWins() {
        List<Decision> all = List.of(
                decision("a", "b", Judgement.UNSURE, true, "2026-11-30T09:00:00Z"),
                decision("a", "b", Judgement.SAME, true, "2026-11-30T10:00:00Z"));
        assertThat(Decisions.current(all, "a", "b")).map(Decision::getJudgement).contains(Judgement.SAME);
    }

    @Test
    void aJudgementReadsWithWhoAndWhen() {
        Decision d = decision("a", "b", Judgement.NOT_SAME, true, "2026-11-30T10:00:00Z").toBuilder()
                .setNote("different birth year").build();
        assertThat(Decisions.label(d.getJudgement())).isEqualTo("Not the same");
        assertThat(Decisions.byWhom(d)).isEqualTo("judged by j.doe, 2026-11-30 10:00 UTC: different birth year");
        assertThat(Decisions.badge(Judgement.SAME).theme()).contains("success");
    }
}
