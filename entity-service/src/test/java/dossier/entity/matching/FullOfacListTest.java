package dossier.entity.matching;

import dossier.entity.testdata.OfacFixture;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The same expectations on the complete OFAC SDN list that the project ships. */
class FullOfacListTest {

    private static EntityMatcher matcher;

    private static synchronized EntityMatcher matcher() {
        if (matcher == null) {
            List<MatchSubject> all = OfacFixture.fullList();
            Assumptions.assumeTrue(all != null, "shared OFAC data not found");
            MatcherIndex index = new MatcherIndex(NameNormalizer.standard());
            index.putAll(all);
            matcher = new EntityMatcher(index, EntityMatcher.DEFAULT_THRESHOLD);
        }
        return matcher;
    }

    @ParameterizedTest
    @CsvSource({
            "Dmitry Peskov, 'PESKOV, Dmitriy Sergeevich'",
            "Vladimir Putin, 'PUTIN, Vladimir Vladimirovich'",
            "Kim Jong Un, 'KIM, Jong Un'",
            "Kim Yo Jong, 'KIM, Yo Jong'"})
    void topHitOnTheWholeList(String query, String expected) {
        List<NameMatch> matches = matcher().match(MatchQuery.of(query).withSchema("PERSON"));
        assertThat(matches.get(0).subject().caption()).isEqualTo(expected);
        assertThat(matches.get(0).passesThreshold()).isTrue();
        // not drowned: the runner-up is clearly behind
        assertThat(matches.size() < 2 || matches.get(1).score() < matches.get(0).score()).isTrue();
    }
}
