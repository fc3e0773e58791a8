package dossier.entity.matching;

import dossier.entity.testdata.OfacFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EntityMatcherTest {

    static EntityMatcher matcher;

    @BeforeAll
    static void index() {
        MatcherIndex index = new MatcherIndex(NameNormalizer.standard());
        index.putAll(OfacFixture.subjects());
        matcher = new EntityMatcher(index, EntityMatcher.DEFAULT_THRESHOLD);
    }

    @ParameterizedTest
    @CsvSource({
            "Dmitry Peskov, 'PESKOV, Dmitriy Sergeevich'",
            "Vladimir Putin, 'PUTIN, Vladimir Vladimirovich'",
            "Kim Jong Un, 'KIM, Jong Un'",
            "Kim Yo Jong, 'KIM, Yo Jong'",
            "Jong-un Kim, 'KIM, Jong Un'",
            "Kim Jongun, 'KIM, Jong Un'",
            "President Vladimir Putin, 'PUTIN, Vladimir Vladimirovich'",
            "Владимир Путин, 'PUTIN, Vladimir Vladimirovich'"})
    void theListedPersonIsTheTopHitAndPasses(String query, String expected) {
        List<NameMatch> matches = matcher.match(MatchQuery.of(query).withSchema("PERSON"));
        assertThat(matches).isNotEmpty();
        assertThat(matches.get(0).subject().caption()).isEqualTo(expected);
        assertThat(matches.get(0).passesThreshold()).isTrue();
        assertThat(matches.get(0).score()).isBetween(0.0, 1.0);
        assertThat(matches.get(0).reasons()).extracting(MatchReason::feature).contains("name_tokens");
    }

    @Test
    void otherKimsDoNotPass() {
        List<NameMatch> matches = matcher.match(MatchQuery.of("Kim Jong Un").withLimit(20));
        assertThat(matches.stream().filter(NameMatch::passesThreshold))
                .extracting(m -> m.subject().caption())
                .containsExactly("KIM, Jong Un");
    }

    @Test
    void nameOrderDoesNotMatter() {
        assertThat(matcher.compareNames("KIM, Jong Un", "Jong Un Kim", "Person")).isGreaterThan(0.95);
    }

    @Test
    void missingPatronymicCostsLessThanAMissingQueryPart() {
        double candidateHasMore = matcher.compareNames("Dmitry Peskov", "Peskov Dmitriy Sergeevich", "Person");
        double queryHasMore = matcher.compareNames("Dmitry Sergeevich Peskov", "Peskov Nikolay", "Person");
        assertThat(candidateHasMore).isGreaterThan(0.70);
        assertThat(queryHasMore).isLessThan(0.70);
    }

    @Test
    void legalFormsAndTitlesAreIgnored() {
        assertThat(matcher.compareNames("OOO Romashka", "Romashka LLC", "Company")).isGreaterThan(0.95);
        assertThat(matcher.compareNames("Mr. John Smith", "John Smith", "Person")).isGreaterThan(0.95);
    }

    @Test
    void aDifferentBirthYearLowersTheScoreAndTheSameRaisesIt() {
        MatchQuery base = MatchQuery.of("Kim Jong Un").withSchema("PERSON");
        double plain = matcher.match(base).get(0).score();
        double same = matcher.match(new MatchQuery("Kim Jong Un", "PERSON", "1984", null, Set.of(), 5, 0)).get(0).score();
        NameMatch other = matcher.match(new MatchQuery("Kim Jong Un", "PERSON", "1950", null, Set.of(), 5, 0)).stream()
                .filter(m -> m.subject().caption().equals("KIM, Jong Un")).findFirst().orElseThrow();
        assertThat(same).isGreaterThanOrEqualTo(plain);
        assertThat(other.score()).isLessThan(plain);
        assertThat(other.reasons()).extracting(MatchReason::feature).contains("birth_date");
    }

    @Test
    void aSchemaMismatchLowersTheScore() {
        double person = matcher.match(MatchQuery.of("Kim Jong Un").withSchema("PERSON")).get(0).score();
        NameMatch asVessel = matcher.match(MatchQuery.of("Kim Jong Un").withSchema("VESSEL")).stream()
                .filter(m -> m.subject().caption().equals("KIM, Jong Un")).findFirst().orElseThrow();
        assertThat(asVessel.score()).isLessThan(person);
        assertThat(asVessel.passesThreshold()).isFalse();
    }

    @Test
    void datasetsFilterCandidates() {
        assertThat(matcher.match(new MatchQuery("Kim Jong Un", null, null, null, Set.of("un-sc"), 5, 0))).isEmpty();
    }

    @Test
    void aBlankNameIsRejected() {
        assertThatThrownBy(() -> matcher.match(MatchQuery.of("  "))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void candidatesComeFromTheIndexNotAScan() {
        MatcherIndex index = matcher.index();
        List<MatcherIndex.IndexedName> candidates = index.candidates(NameNormalizer.standard().tokens("Dmitry Peskov"));
        assertThat(candidates).isNotEmpty().hasSizeLessThan(index.size() / 4);
    }
}
