package dossier.entity.matching;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SameAsGraphTest {

    @Test
    void groupsAreConnectedPairsWithTheSmallestIdAsRepresentative() {
        SameAsGraph g = new SameAsGraph(List.of(List.of("c", "b"), List.of("d", "c"), List.of("x", "y")));
        assertThat(g.representative("d")).isEqualTo("b");
        assertThat(g.representative("b")).isEqualTo("b");
        assertThat(g.others("c")).containsExactly("b", "d");
        assertThat(g.representative("y")).isEqualTo("x");
        assertThat(g.representative("alone")).isEqualTo("alone");
        assertThat(g.others("alone")).isEmpty();
        assertThat(SameAsGraph.EMPTY.isEmpty()).isTrue();
    }

    @Test
    void theMatcherKeepsTheBestOfAGroupAndSaysWhichOthersItStandsFor() {
        MatcherIndex index = new MatcherIndex(NameNormalizer.standard());
        index.putAll(List.of(subject("p1", "Boris Zelnikov"), subject("p2", "Borys Zelnikov"), subject("p3", "Boris Zelnikova")));
        EntityMatcher m = new EntityMatcher(index, 0.7);
        assertThat(m.match(MatchQuery.of("Boris Zelnikov"))).hasSize(3);

        m.sameAs(new SameAsGraph(List.of(List.of("p1", "p2"))));
        List<NameMatch> hits = m.match(MatchQuery.of("Boris Zelnikov"));
        assertThat(hits).extracting(h -> h.subject().id()).containsExactlyInAnyOrder("p1", "p3");
        NameMatch p1 = hits.stream().filter(h -> h.subject().id().equals("p1")).findFirst().orElseThrow();
        assertThat(p1.reasons()).anySatisfy(r -> {
            assertThat(r.feature()).isEqualTo("analyst_decision");
            assertThat(r.detail()).contains("p2");
        });
    }

    private static MatchSubject subject(String id, String name) {
        return new MatchSubject(id, "PERSON", name, List.of(new SubjectName(name, NameKind.PRIMARY)), List.of(), List.of(),
                java.util.Set.of());
    }

    @Test
    void graphsOfTheSameGroupsAreEqualWhateverTheOrderOfJudgements() {
        SameAsGraph a = new SameAsGraph(List.of(List.of("a", "b"), List.of("b", "c"), List.of("x", "y")));
        SameAsGraph b = new SameAsGraph(List.of(List.of("y", "x"), List.of("c", "a"), List.of("b", "c")));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new SameAsGraph(List.of(List.of("a", "b"), List.of("x", "y"))));
        assertThat(SameAsGraph.EMPTY).isEqualTo(new SameAsGraph(List.of()));
    }
}
