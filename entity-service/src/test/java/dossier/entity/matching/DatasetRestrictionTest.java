package dossier.entity.matching;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A query restricted to datasets sees exactly the names of those datasets, also past the 63 that get a bit of their own. */
class DatasetRestrictionTest {

    @Test
    void restrictionByDatasetHoldsBeyondTheBitsOfTheIndex() {
        MatcherIndex index = new MatcherIndex(NameNormalizer.standard());
        List<MatchSubject> subjects = new ArrayList<>();
        for (int d = 0; d < 80; d++) {
            // one "Velmor Quastide" per dataset, the last one in two datasets
            Set<String> datasets = d == 79 ? Set.of("ds-79", "ds-3") : Set.of("ds-" + d);
            subjects.add(new MatchSubject("e" + d, "Person", "Velmor Quastide",
                    List.of(new SubjectName("Velmor Quastide", NameKind.PRIMARY)), List.of(), List.of(), datasets));
        }
        index.putAll(subjects);
        EntityMatcher matcher = new EntityMatcher(index, EntityMatcher.DEFAULT_THRESHOLD);

        assertThat(idsIn(matcher, Set.of("ds-5"))).containsExactly("e5");
        assertThat(idsIn(matcher, Set.of("ds-70"))).containsExactly("e70");          // a dataset sharing the last bit
        assertThat(idsIn(matcher, Set.of("ds-3"))).containsExactlyInAnyOrder("e3", "e79");
        assertThat(idsIn(matcher, Set.of("ds-5", "ds-75"))).containsExactlyInAnyOrder("e5", "e75");
        assertThat(idsIn(matcher, Set.of("no-such-dataset"))).isEmpty();
        assertThat(idsIn(matcher, Set.of())).hasSize(80);
    }

    private static List<String> idsIn(EntityMatcher matcher, Set<String> datasets) {
        return matcher.match(new MatchQuery("Velmor Quastide", null, null, null, datasets, 200, 0)).stream()
                .map(m -> m.subject().id()).toList();
    }
}
