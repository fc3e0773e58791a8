package dossier.source.eval.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dossier.model.v1.DatePrecision;
import dossier.support.model.EventModel;

/** The corpus and its gold keep the promises of corpus/README.md. */
class EventsCorpusTest {

    private static final List<String> SPLITS = CorpusGold.SPLITS;
    /** The first split, made by dividing one corpus: both halves have every difficulty. */
    private static final List<String> FIRST_SPLIT = List.of("dev", "test");
    private static final Set<String> DIFFICULTIES = Set.of("passive", "reduced_relative", "present_with", "nominal",
            "prohibition", "denial", "earlier_incident", "imprecise_date", "abbreviation", "carrier_operator",
            "manufacturer", "intermediary", "conflict_number", "conflict_date", "non_conflict");

    private final EventModel model = EventModel.standard();
    private final ValueMatcher values = new ValueMatcher(model, MatchingRules.standard());

    @Test
    void kindsRolesModalitiesAndTimesAreThoseOfTheEventModel() {
        for (String split : SPLITS) {
            for (CorpusGold.EventFile f : CorpusGold.load(split)) {
                for (CorpusGold.Article a : f.articles()) {
                    for (CorpusGold.GoldEvent e : a.events()) {
                        String where = split + "/" + a.id() + ": " + e.quote();
                        EventModel.KindDef kind = model.requireKind(e.kind());
                        assertThat(model.modalities()).as(where).containsKey(e.modality());
                        assertThat(DIFFICULTIES).as(where).containsAll(e.hard());
                        e.roles().forEach((role, vs) -> {
                            model.requireRole(role);
                            assertThat(kind.hasRole(role)).as(where + " role " + role).isTrue();
                            vs.forEach(v -> checkValue(where, role, v));
                        });
                    }
                    a.parties().forEach(p -> p.roles().forEach(r -> assertThat(model.isParty(r)).as(a.id() + " " + p).isTrue()));
                }
                for (CorpusGold.Comparison c : concat(f.conflicts(), f.nonConflicts())) {
                    model.requireRole(c.role());
                    assertThat(c.values()).as(f.event()).hasSizeGreaterThanOrEqualTo(2);
                    c.values().forEach(v -> {
                        checkValue(f.event(), c.role(), v.value());
                        assertThat(f.articles().stream().map(CorpusGold.Article::id).toList()).containsAll(v.articles());
                    });
                }
            }
        }
    }

    private void checkValue(String where, String role, String value) {
        if (model.role(role).orElseThrow().type() == EventModel.ValueType.TIME) {
            assertThat(ValueMatcher.goldInterval(value)).as(where + " time " + value).isPresent();
            String precision = value.substring(value.indexOf(' ') + 1);
            DatePrecision.valueOf("DATE_PRECISION_" + precision.toUpperCase(Locale.ROOT)); // fails on a precision the contract lacks
        }
        if (model.role(role).orElseThrow().type() == EventModel.ValueType.QUANTITY) {
            assertThat(values.numbers(value)).as(where + " quantity " + value).isNotEmpty();
        }
    }

    @Test
    void goldConflictsDisagreeAndEveryQuoteIsInItsArticleOnce() {
        for (String split : SPLITS) {
            for (CorpusGold.EventFile f : CorpusGold.load(split)) {
                for (CorpusGold.Comparison c : f.conflicts()) {
                    assertThat(values.agreesGold(c.role(), c.values().get(0).value(), c.values().get(1).value()))
                            .as(f.event() + " conflict " + c.role()).isFalse();
                }
                for (CorpusGold.Article a : f.articles()) {
                    String text = CorpusGold.text(split, a);
                    int words = text.split("\\s+").length;
                    assertThat(words).as(a.id() + " words").isBetween(250, 500);
                    for (CorpusGold.GoldEvent e : a.events()) {
                        int first = text.indexOf(e.quote());
                        assertThat(first).as(a.id() + ": " + e.quote()).isNotNegative();
                        assertThat(text.indexOf(e.quote(), first + 1)).as(a.id() + " twice: " + e.quote()).isNegative();
                    }
                }
            }
        }
    }

    @Test
    void theSplitKeepsWholeEventsOnOneSideAndEveryDifficultyOnBoth() {
        Set<String> seenEvents = new HashSet<>();
        Set<String> seenArticles = new HashSet<>();
        int[] articles = new int[SPLITS.size()];
        int events = 0;
        for (int i = 0; i < SPLITS.size(); i++) {
            Set<String> difficulties = new HashSet<>();
            for (CorpusGold.EventFile f : CorpusGold.load(SPLITS.get(i))) {
                events++;
                assertThat(seenEvents.add(f.event())).as(f.event()).isTrue();
                assertThat(f.articles()).as(f.event()).hasSizeBetween(2, 3);
                assertThat(f.articles().stream().map(CorpusGold.Article::outlet).distinct().count()).as(f.event())
                        .isEqualTo(f.articles().size());
                for (CorpusGold.Article a : f.articles()) {
                    articles[i]++;
                    assertThat(seenArticles.add(a.id())).as(a.id()).isTrue();
                    a.events().forEach(e -> difficulties.addAll(e.hard()));
                    if (!a.abbreviations().isEmpty()) {
                        difficulties.add("abbreviation");
                    }
                }
                f.conflicts().forEach(c -> difficulties.add(model.role(c.role()).orElseThrow().type() == EventModel.ValueType.TIME
                        ? "conflict_date" : "conflict_number"));
                if (!f.nonConflicts().isEmpty()) {
                    difficulties.add("non_conflict");
                }
            }
            if (FIRST_SPLIT.contains(SPLITS.get(i))) {
                assertThat(difficulties).as(SPLITS.get(i)).containsAll(DIFFICULTIES);
            }
        }
        assertThat(events).isGreaterThanOrEqualTo(13);
        assertThat(articles[0] + articles[1]).isGreaterThanOrEqualTo(32);
        double dev = (double) articles[0] / (articles[0] + articles[1]);
        assertThat(dev).isBetween(0.55, 0.7);
    }

    @Test
    void theScorerDataNamesOnlyKindsAndRolesOfTheModel() {
        MatchingRules rules = MatchingRules.standard();
        assertThat(rules.scoredKinds()).isNotEmpty();
        MatchingRules bad = new MatchingRules(Set.of("gift"), rules.legacyKinds(), rules.legacyRoles(), rules.stopwords(),
                rules.numberWords(), rules.multipliers());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> bad.validated(model)).isInstanceOf(RuntimeException.class);
    }

    private static List<CorpusGold.Comparison> concat(List<CorpusGold.Comparison> a, List<CorpusGold.Comparison> b) {
        List<CorpusGold.Comparison> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
