package dossier.source.eval.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dossier.support.model.EventModel;

/** The scorer on tiny hand-made gold and predictions. */
class EventsScorerTest {

    private static final String TEXT = "The yachts were shipped to Nampo in May 2019 by Ocean Line. "
            + "The resolution bars all states from supplying the country with luxury goods. "
            + "Acme said it had not sold any cars to the country.";

    private final EventModel model = EventModel.standard();
    private final MatchingRules rules = MatchingRules.standard();

    private static CorpusGold.GoldEvent gold(String kind, String quote, Map<String, List<String>> roles) {
        return new CorpusGold.GoldEvent(kind, "main", "asserted", List.of(), quote, roles);
    }

    private static PredictedEvent predicted(String id, String kind, int start, int end, Map<String, String> roles) {
        Map<String, List<PredictedEvent.Value>> r = new LinkedHashMap<>();
        roles.forEach((k, v) -> r.put(k, List.of(PredictedEvent.Value.of(v))));
        return new PredictedEvent(id, "a", kind, "asserted", start, end, r);
    }

    private static int at(String s) {
        return TEXT.indexOf(s);
    }

    private CorpusGold.Article article() {
        return new CorpusGold.Article("a", "a.txt", "Outlet", "2019-06-01", List.of(), List.of(), List.of(
                gold("shipment", "The yachts were shipped to Nampo in May 2019 by Ocean Line.",
                        Map.of("item", List.of("yachts"), "destination", List.of("Nampo"), "operator", List.of("Ocean Line"))),
                gold("prohibition", "The resolution bars all states from supplying the country with luxury goods.",
                        Map.of("item", List.of("luxury goods"), "bound_party", List.of("states"))),
                gold("denial", "Acme said it had not sold any cars to the country.",
                        Map.of("speaker", List.of("Acme"), "item", List.of("cars")))));
    }

    @Test
    void aTransferOfTheFamilyMatchesAndItsRolesAreScoredValueByValue() {
        EventsScorer s = new EventsScorer(model, rules);
        int start = at("The yachts");
        s.scoreArticle(article(), TEXT, List.of(predicted("p1", "transfer", start, start + 40,
                Map.of("item", "the yachts", "destination", "Wonsan", "recipient", "Korea"))));
        EventsScorer.Report r = s.report();
        assertThat(r.events().tp()).isEqualTo(1);
        assertThat(r.events().fn()).isEqualTo(2); // the prohibition and the denial were not found
        assertThat(r.byRole().get("item").tp()).isEqualTo(1);
        assertThat(r.byRole().get("destination").fp()).isEqualTo(1);
        assertThat(r.byRole().get("destination").fn()).isEqualTo(1);
        assertThat(r.byRole().get("recipient").fp()).isEqualTo(1); // declared by transfer, absent from the gold
        assertThat(r.byRole().get("operator").fn()).isEqualTo(1);
        assertThat(r.prohibitionsOrDenialsAsTransfers()).isZero();
    }

    @Test
    void aTransferReadIntoAProhibitionOrADenialIsCountedAndIsAFalsePositive() {
        EventsScorer s = new EventsScorer(model, rules);
        int law = at("The resolution");
        int denial = at("Acme said");
        s.scoreArticle(article(), TEXT, List.of(
                predicted("p1", "transfer", law, law + 30, Map.of("giver", "states", "item", "luxury goods")),
                predicted("p2", "transfer", denial, denial + 20, Map.of("giver", "Acme", "item", "cars")),
                predicted("p3", "prohibition", law, law + 30, Map.of("item", "luxury goods"))));
        EventsScorer.Report r = s.report();
        assertThat(r.prohibitionsOrDenialsAsTransfers()).isEqualTo(2);
        assertThat(r.events().tp()).isEqualTo(1); // the prohibition
        assertThat(r.events().fp()).isEqualTo(2);
        assertThat(r.byRole().get("giver").fp()).isEqualTo(2);
    }

    @Test
    void aDenialPredictedAsADenialIsNotATransfer() {
        EventsScorer s = new EventsScorer(model, rules);
        int denial = at("Acme said");
        s.scoreArticle(article(), TEXT, List.of(predicted("p1", "denial", denial, denial + 20, Map.of("speaker", "Acme", "item", "cars"))));
        EventsScorer.Report r = s.report();
        assertThat(r.prohibitionsOrDenialsAsTransfers()).isZero();
        assertThat(r.byRole().get("speaker").tp()).isEqualTo(1);
    }

    @Test
    void partiesAreProperNamesInPartyRolesFoundWithTheirRole() {
        EventsScorer s = new EventsScorer(model, rules);
        assertThat(s.goldParties(article())).containsOnlyKeys("Ocean Line", "Acme");
        int start = at("The yachts");
        s.scoreArticle(article(), TEXT, List.of(predicted("p1", "shipment", start, start + 40, Map.of("giver", "Ocean Line")),
                predicted("p2", "statement", at("Acme"), at("Acme") + 9, Map.of("speaker", "Acme"))));
        EventsScorer.Report r = s.report();
        assertThat(r.parties()).isEqualTo(2);
        assertThat(r.partiesFound()).isEqualTo(1); // Acme as speaker; Ocean Line in the wrong role
    }

    private static CorpusGold.EventFile conflictGold() {
        return new CorpusGold.EventFile("e", "", true, null, List.of(),
                List.of(new CorpusGold.Comparison("quantity", "main", null, List.of(
                        new CorpusGold.ComparedValue("a|c", "12"), new CorpusGold.ComparedValue("b", "14")))),
                List.of(new CorpusGold.Comparison("time", "main", "refinement", List.of(
                        new CorpusGold.ComparedValue("a", "2019-05-01/2019-05-10 part_of_month"),
                        new CorpusGold.ComparedValue("b", "2019-05-07/2019-05-07 day")))));
    }

    private static EventsScorer.FoundValue found(String text, String article) {
        return new EventsScorer.FoundValue(text, List.of(PredictedEvent.Value.of(text)), Set.of(article));
    }

    @Test
    void aConflictMatchesWhenItsRoleAndEveryGoldValueAreFound() {
        EventsScorer s = new EventsScorer(model, rules);
        s.scoreConflicts(conflictGold(), List.of(new EventsScorer.FoundConflict("quantity", "12 vs 14",
                List.of(found("a dozen", "c"), found("14", "b")))));
        assertThat(s.report().conflicts().tp()).isEqualTo(1);
        assertThat(s.report().conflicts().fp()).isZero();
        assertThat(s.report().conflictsByEvent().get("e").tp()).isEqualTo(1);
    }

    @Test
    void aConflictOnANonConflictIsAFalsePositiveAndFlagged() {
        EventsScorer s = new EventsScorer(model, rules);
        s.scoreConflicts(conflictGold(), List.of(
                new EventsScorer.FoundConflict("time", "early May vs May 7", List.of(
                        new EventsScorer.FoundValue("early May", List.of(PredictedEvent.Value.interval("early May", "2019-05-01", "2019-05-10")), Set.of("a")),
                        new EventsScorer.FoundValue("May 7", List.of(PredictedEvent.Value.interval("May 7", "2019-05-07", "2019-05-07")), Set.of("b")))),
                new EventsScorer.FoundConflict("quantity", "12 vs 13", List.of(found("12", "a"), found("13", "b")))));
        EventsScorer.Report r = s.report();
        assertThat(r.conflicts().fp()).isEqualTo(2);
        assertThat(r.conflicts().fn()).isEqualTo(1); // 14 was never among the values
        assertThat(r.nonConflictsFlagged()).hasSize(1);
    }
}
