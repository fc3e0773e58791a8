package dossier.entity.resolution;

import dossier.entity.matching.EntityMatcher;
import dossier.entity.matching.MatchQuery;
import dossier.entity.matching.MatchSubject;
import dossier.entity.matching.MatcherIndex;
import dossier.entity.matching.NameKind;
import dossier.entity.matching.NameMatch;
import dossier.entity.matching.NameNormalizer;
import dossier.entity.matching.SameAsGraph;
import dossier.entity.matching.SubjectName;
import dossier.entity.testdata.OfacFixture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RecentMatchesTest {

    final MatcherIndex index = new MatcherIndex(NameNormalizer.standard());
    final EntityMatcher matcher = new EntityMatcher(index, 0.7);

    RecentMatchesTest() {
        index.putAll(OfacFixture.subjects());
    }

    static MatchQuery query(String name) {
        return new MatchQuery(name, "PERSON", null, null, Set.of(), 5, 0.8);
    }

    @Test
    void aNameAskedAgainIsAnsweredFromMemoryWithTheMatchersAnswer() {
        RecentMatches recent = new RecentMatches(matcher, 100);
        List<NameMatch> first = recent.match(query("Kim Jong Un"));
        assertThat(first).isNotEmpty();
        assertThat(recent.match(query("Kim Jong Un"))).as("remembered, not matched again").isSameAs(first);
        assertThat(first).isEqualTo(matcher.match(query("Kim Jong Un")));
    }

    @Test
    void anyChangeToTheIndexMakesTheNameBeMatchedAgain() {
        RecentMatches recent = new RecentMatches(matcher, 100);
        assertThat(recent.match(query("Tobias Wrenfield Okonkwo"))).noneMatch(NameMatch::passesThreshold);
        index.put(new MatchSubject("test:1", "PERSON", "Tobias Wrenfield Okonkwo",
                List.of(new SubjectName("Tobias Wrenfield Okonkwo", NameKind.PRIMARY)), List.of(), List.of(), Set.of("test")));
        assertThat(recent.match(query("Tobias Wrenfield Okonkwo")))
                .filteredOn(NameMatch::passesThreshold).extracting(m -> m.subject().id()).containsExactly("test:1");
    }

    @Test
    void queriesThatDifferInAnyFieldAreRememberedApart() {
        RecentMatches recent = new RecentMatches(matcher, 100);
        List<NameMatch> five = recent.match(query("Kim Jong Un"));
        assertThat(five).hasSizeGreaterThan(1);
        assertThat(recent.match(query("Kim Jong Un").withLimit(1))).hasSize(1);
        assertThat(recent.match(query("Kim Jong Un").withSchema("VESSEL")))
                .isEqualTo(matcher.match(query("Kim Jong Un").withSchema("VESSEL")));
        assertThat(recent.match(query("Kim Jong Un"))).isSameAs(five);
    }

    @Test
    void anAnalystsJudgementMakesTheNameBeMatchedAgain() {
        RecentMatches recent = new RecentMatches(matcher, 100);
        List<NameMatch> before = recent.match(query("Kim Jong Un"));
        assertThat(before).hasSizeGreaterThan(1);
        String first = before.get(0).subject().id();
        String second = before.get(1).subject().id();
        matcher.sameAs(new SameAsGraph(List.of(List.of(first, second))));
        List<NameMatch> after = recent.match(query("Kim Jong Un"));
        assertThat(after).extracting(m -> m.subject().id()).doesNotContain(second);
        assertThat(after.get(0).reasons()).anyMatch(r -> r.feature().equals("analyst_decision"));
    }
}
