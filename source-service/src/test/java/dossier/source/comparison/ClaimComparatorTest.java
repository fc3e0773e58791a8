package dossier.source.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dossier.source.domain.AttributionLink;
import dossier.source.domain.Claim;
import dossier.source.domain.ClaimArgument;
import dossier.source.domain.ClaimType;
import dossier.source.domain.Modality;
import dossier.source.extraction.Lexicon;
import dossier.source.support.Fixtures;

class ClaimComparatorTest {

    private final Lexicon lex = Lexicon.english();
    private final ValueCompatibility compat = new ValueCompatibility(lex);

    private static ComparisonResult compareFixtures(List<String> resources) {
        List<Claim> all = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        int n = 0;
        for (String r : resources) {
            String sourceId = "s" + n++;
            labels.put(sourceId, "Outlet " + sourceId);
            int i = 0;
            for (Claim c : Fixtures.run(Fixtures.read(r), "Outlet " + sourceId, "2024-02-20").claims()) {
                all.add(c.withIds(sourceId + "-c" + i++, "case", sourceId));
            }
        }
        return new ClaimComparator(Lexicon.english()).compare("case", all, labels);
    }

    @Test
    void seedsDisagreeOnCharacterisationButNotOnDelivery() {
        ComparisonResult r = compareFixtures(Fixtures.SEEDS);
        assertThat(r.conflicts()).isNotEmpty();
        var intent = r.conflicts().stream().filter(c -> c.slot().endsWith("/intent")).findFirst().orElseThrow();
        assertThat(intent.values()).extracting(ComparisonResult.SlotValue::value).contains("inadvertent", "flagrant");
        assertThat(intent.description()).contains("inadvertent").contains("flagrant");
        // "to Mr. Kim's top aides" and "to North Korea" can both be true: only two named places conflict
        assertThat(r.conflicts()).noneMatch(c -> c.slot().endsWith("/delivered_to"));
    }

    @Test
    void seedsCorroborateTheItemWithRefinements() {
        ComparisonResult r = compareFixtures(Fixtures.SEEDS);
        assertThat(r.conflicts()).noneMatch(c -> c.slot().endsWith("/item") && c.slot().startsWith("transfer"));
        var item = r.corroborations().stream().filter(c -> c.slot().startsWith("transfer") && c.slot().endsWith("/item"))
                .findFirst().orElseThrow();
        assertThat(item.value().sourceIds()).hasSize(3);
        assertThat(item.refinements()).isNotEmpty();
    }

    @Test
    void ownGenreArticlesConflictOnPortAndIntent() {
        ComparisonResult r = compareFixtures(List.of("articles/tanker-1.txt", "articles/tanker-2.txt"));
        assertThat(r.conflicts()).anyMatch(c -> c.slot().endsWith("/delivered_to"));
        assertThat(r.conflicts()).anyMatch(c -> c.slot().endsWith("/intent"));
    }

    private static ClaimArgument arg(String value, String normalized, List<String> names) {
        return new ClaimArgument("item", value, "", null, normalized, names);
    }

    @Test
    void refinementsAreCompatibleAndContradictionsAreNot() {
        assertThat(compat.compatible("item", arg("an Aurus", "aurus", List.of("aurus")),
                arg("an Aurus Senat limousine", "aurus senat limousine", List.of("aurus", "senat")))).isTrue();
        assertThat(compat.compatible("value", arg("$500,000 each", "$500,000 each", List.of()),
                arg("more than $500,000 each", "more than $500,000 each", List.of()))).isTrue();
        assertThat(compat.compatible("quantity", arg("two", "two", List.of()), arg("a pair", "pair", List.of()))).isTrue();
        assertThat(compat.compatible("quantity", arg("two", "two", List.of()), arg("three", "three", List.of()))).isFalse();
        assertThat(compat.compatible("item", arg("an Aurus", "aurus", List.of("aurus")),
                arg("a Mercedes limousine", "mercedes limousine", List.of("mercedes")))).isFalse();
        assertThat(compat.compatible("item", arg("a luxury car", "luxury car", List.of()),
                arg("a limousine", "limousine", List.of()))).isTrue();
        assertThat(compat.compatible("intent", new ClaimArgument("characterization", "inadvertently", "", null, "inadvertent", List.of()),
                new ClaimArgument("characterization", "flagrant", "", null, "flagrant", List.of()))).isFalse();
        assertThat(compat.compatible("intent", new ClaimArgument("characterization", "potentially", "", null, "potential", List.of()),
                new ClaimArgument("characterization", "flagrant", "", null, "flagrant", List.of()))).isTrue();
    }

    private static Claim cited(String id, String source, String... chain) {
        List<AttributionLink> links = new ArrayList<>();
        for (String n : chain) {
            links.add(new AttributionLink(n, "", "said", null));
        }
        return new Claim(id, "case", source, ClaimType.TRANSFER, "give", List.of(), Modality.REPORTED, List.of(), links,
                null, "", 0.7, "");
    }

    @Test
    void claimsCitingTheSameAgencyCountAsOneLine() {
        ClaimComparator comparator = new ClaimComparator(lex);
        assertThat(comparator.independentLines(List.of(cited("a", "s1", "Outlet A", "Tass"),
                cited("b", "s2", "Outlet B", "Russia's state-run Tass news agency")))).isEqualTo(1);
        assertThat(comparator.independentLines(List.of(cited("a", "s1", "Outlet A", "Tass"),
                cited("b", "s2", "Outlet B", "Reuters")))).isEqualTo(2);
        assertThat(comparator.independentLines(List.of(cited("a", "s1", "Outlet A"), cited("b", "s1", "Outlet A")))).isEqualTo(1);
    }

    @Test
    void claimsCitingAlikeAreOneLineHoweverManyAndWhereverTheyStand() {
        ClaimComparator comparator = new ClaimComparator(lex);
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            // three lines, interleaved: Tass (however written), Reuters, and sources citing nobody
            String source = "s" + i;
            claims.add(switch (i % 3) {
                case 0 -> cited("c" + i, source, "Outlet " + i, i % 2 == 0 ? "Tass" : "the Tass news agency");
                case 1 -> cited("c" + i, source, "Outlet " + i, "Reuters");
                default -> cited("c" + i, source, "Outlet " + i);
            });
        }
        assertThat(comparator.independentLines(claims)).isEqualTo(2 + 10);
        // a citation with no significant word ("a news agency") joins nothing, not even its like
        assertThat(comparator.independentLines(List.of(cited("a", "s1", "Outlet A", "a news agency"),
                cited("b", "s2", "Outlet B", "a news agency")))).isEqualTo(2);
    }

    @Test
    void aNearCopyIsNoFurtherLineOfEvidence() {
        List<Claim> claims = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        for (String source : List.of("s1", "s2", "s3")) {
            int i = 0;
            for (Claim c : Fixtures.run(Fixtures.read(Fixtures.SEEDS.get(0)), "Outlet " + source, "2024-02-20").claims()) {
                claims.add(c.withIds(source + "-c" + i++, "case", source));
            }
            labels.put(source, "Outlet " + source);
        }
        ComparisonResult apart = new ClaimComparator(lex).compare("case", claims, labels, Map.of());
        ComparisonResult copied = new ClaimComparator(lex).compare("case", claims, labels, Map.of("s3", "s1"));
        var item = apart.corroborations().stream().filter(c -> c.slot().endsWith("/item")).findFirst().orElseThrow();
        assertThat(item.value().sourceIds()).containsExactly("s1", "s2", "s3");
        assertThat(item.value().independentLines()).isEqualTo(3);
        assertThat(copied.corroborations().stream().filter(c -> c.slot().equals(item.slot())).findFirst().orElseThrow()
                .value().independentLines()).isEqualTo(2);
    }

    @Test
    void sourcesRepeatingEachOtherGiveTheSameSlotsAndValuesHoweverMany() {
        // twice: every slot has two sources at least, so no slot is left out for having one
        ComparisonResult once = compareFixtures(repeat(Fixtures.SEEDS, 2));
        ComparisonResult many = compareFixtures(repeat(Fixtures.SEEDS, 12));
        assertThat(many.conflicts()).extracting(ComparisonResult.Conflict::slot)
                .containsExactlyElementsOf(once.conflicts().stream().map(ComparisonResult.Conflict::slot).toList());
        for (int k = 0; k < once.conflicts().size(); k++) {
            assertThat(many.conflicts().get(k).values()).extracting(ComparisonResult.SlotValue::value)
                    .containsExactlyElementsOf(once.conflicts().get(k).values().stream().map(ComparisonResult.SlotValue::value).toList());
        }
        assertThat(many.corroborations()).extracting(ComparisonResult.Corroboration::slot)
                .containsExactlyElementsOf(once.corroborations().stream().map(ComparisonResult.Corroboration::slot).toList());
    }

    private static List<String> repeat(List<String> resources, int times) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            out.addAll(resources);
        }
        return out;
    }
}
