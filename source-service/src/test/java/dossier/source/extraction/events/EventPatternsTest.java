package dossier.source.extraction.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dossier.support.model.EventModel;

class EventPatternsTest {

    private final EventModel model = EventModel.standard();

    private void load(String json) throws Exception {
        new EventPatterns().addKindFile(model, "test.json", new ObjectMapper().readTree(json));
    }

    @Test
    void theShippedFilesLoadAndEveryRoleIsDeclaredForItsKind() {
        EventPatterns p = EventPatterns.standard();
        assertThat(p.patterns()).extracting(EventPatterns.KindPattern::kind)
                .contains("transfer", "shipment", "procurement", "export", "prohibition");
        for (EventPatterns.KindPattern k : p.patterns()) {
            assertThat(k.roles()).allMatch(r -> model.requireKind(k.kind()).hasRole(r));
        }
        assertThat(p.triggers()).contains("give", "ship", "shipment", "import", "ban");
        assertThat(p.stance("denied")).isNotEmpty();
    }

    @Test
    void anUnknownRoleOrKindOrARoleTheKindLacksIsAStartUpFailure() {
        assertThatThrownBy(() -> load("""
                {"kind": "transfer", "words": {"VERB": ["give"]},
                 "patterns": [{"name": "x", "semgrex": "{lemma:/$VERB/}=event >nsubj {}=donor"}]}"""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("donor").hasMessageContaining("not a role");
        assertThatThrownBy(() -> load("""
                {"kind": "gifting", "words": {}, "patterns": []}"""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("gifting");
        assertThatThrownBy(() -> load("""
                {"kind": "prohibition", "words": {"VERB": ["ban"]},
                 "patterns": [{"name": "x", "semgrex": "{lemma:/$VERB/}=event >nsubj {}=giver"}]}"""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("has no role 'giver'");
    }

    @Test
    void aPatternWithoutAnEventNodeOrThatDoesNotCompileIsRefused() {
        assertThatThrownBy(() -> load("""
                {"kind": "transfer", "words": {}, "patterns": [{"name": "x", "semgrex": "{lemma:give} >nsubj {}=giver"}]}"""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("=event");
        assertThatThrownBy(() -> load("""
                {"kind": "transfer", "words": {}, "patterns": [{"name": "x", "semgrex": "{lemma:give=event >>>> {}=giver"}]}"""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a Semgrex pattern");
    }

    @Test
    void aPatternThatAddsFillsRolesOfAnEventFoundBeforeAndNeverFindsOne() throws Exception {
        EventPatterns p = new EventPatterns();
        p.addKindFile(model, "test.json", new ObjectMapper().readTree("""
                {"kind": "financial", "words": {},
                 "patterns": [{"name": "found", "semgrex": "{lemma:pay}=event >obj {ner:MONEY}=value"},
                              {"name": "added", "adds": true, "semgrex": "{}=event >nsubj {}=giver"}]}"""));
        assertThat(p.patterns()).extracting(EventPatterns.KindPattern::adds).containsExactly(false, true);
        var paid = dossier.source.support.Graphs.parse("The firm paid $5 million.");
        var attention = dossier.source.support.Graphs.parse("The firm paid attention.");
        assertThat(new EventMatcher(p).match(paid)).singleElement()
                .satisfies(f -> assertThat(f.roles()).containsKeys("value", "giver"));
        assertThat(new EventMatcher(p).match(attention)).isEmpty(); // "paid" has a subject, but no pattern found a payment
    }

    @Test
    void aSharedPatternIsReadWithEachKindsOwnWordsAndAnUnknownOneIsAStartUpFailure() throws Exception {
        ObjectMapper json = new ObjectMapper();
        EventPatterns p = new EventPatterns();
        p.addSharedPatterns(json.readTree("""
                {"patterns": {"active: VERBed Z": {"name": "active", "semgrex": "{lemma:/$VERB/;tag:/VB.*/}=event >obj {}=item"}}}"""));
        p.addKindFile(model, "a.json", json.readTree("""
                {"kind": "transfer", "words": {"VERB": ["sell"]}, "patterns": [{"shared": "active: VERBed Z"}]}"""));
        p.addKindFile(model, "b.json", json.readTree("""
                {"kind": "shipment", "words": {"VERB": ["ship"]}, "patterns": [{"shared": "active: VERBed Z"}]}"""));
        assertThat(p.patterns()).extracting(EventPatterns.KindPattern::kind).containsExactly("transfer", "shipment");
        assertThat(new EventMatcher(p).match(dossier.source.support.Graphs.parse("The dealer sold cars.")))
                .singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo("transfer"));
        assertThat(new EventMatcher(p).match(dossier.source.support.Graphs.parse("The firm shipped coal.")))
                .singleElement().satisfies(f -> assertThat(f.kind()).isEqualTo("shipment"));
        assertThatThrownBy(() -> p.addKindFile(model, "c.json", json.readTree("""
                {"kind": "transfer", "words": {}, "patterns": [{"shared": "passive: Z was VERBed"}]}""")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("c.json").hasMessageContaining("no shared pattern 'passive: Z was VERBed'");
    }

    @Test
    void aSharedWordListServesEveryFileAndAFilesOwnListOfTheSameNameWins() throws Exception {
        ObjectMapper json = new ObjectMapper();
        EventPatterns p = new EventPatterns();
        p.addSharedWords(json.readTree("""
                {"words": {"ARRANGE": ["arrange"], "VERB": ["lend"]}}"""));
        p.addKindFile(model, "test.json", json.readTree("""
                {"kind": "transfer", "words": {"VERB": ["sell"]},
                 "patterns": [{"name": "x", "semgrex": "{lemma:sale}=event </obj/ ({lemma:/$ARRANGE/} >nsubj {}=intermediary)"},
                              {"name": "y", "semgrex": "{lemma:/$VERB/}=event >nsubj {}=giver"}]}"""));
        assertThat(p.triggers()).contains("arrange", "sell");
        var arranged = dossier.source.support.Graphs.parse("The broker arranged the sale.");
        assertThat(new EventMatcher(p).match(arranged)).singleElement()
                .satisfies(f -> assertThat(f.roles()).containsKey("intermediary"));
        assertThat(new EventMatcher(p).match(dossier.source.support.Graphs.parse("The bank lent money."))).isEmpty();
        assertThat(new EventMatcher(p).match(dossier.source.support.Graphs.parse("The dealer sold cars."))).hasSize(1);
        assertThatThrownBy(() -> load("""
                {"kind": "transfer", "words": {}, "patterns": [{"name": "x", "semgrex": "{lemma:/$ARRANGE/}=event"}]}"""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no word list 'ARRANGE'");
    }

    @Test
    void theAnchorIsTheLemmaRegexOfTheOneEventNode() {
        assertThat(EventPatterns.anchor("{lemma:/give|hand/;tag:/VB.*/}=event >obj {}=item").pattern()).isEqualTo("give|hand");
        assertThat(EventPatterns.anchor("{tag:VBN;lemma:/ship/}=event >obl:to {}=destination").pattern()).isEqualTo("ship");
        assertThat(EventPatterns.anchor("{}=item <obj {lemma:/sell/}=event").pattern()).isEqualTo("sell");
        // any word can be the event, or the lemma belongs to another node: no anchor
        assertThat(EventPatterns.anchor("{}=event >obl:via {}=intermediary")).isNull();
        assertThat(EventPatterns.anchor("{}=event >obj {lemma:/car/}=item")).isNull();
        assertThat(EventPatterns.anchor("{lemma!:/say/}=event >obj {}=item")).isNull();
    }

    @Test
    void aPatternWhoseAnchorNoWordOfASentenceFitsFindsNothingThere() {
        EventPatterns standard = EventPatterns.standard();
        int skipped = 0;
        for (String sentence : java.util.List.of(
                "The yachts were shipped to Nampo in May 2019 aboard a freighter operated by a state shipping line.",
                "A dealer in Dandong sold 12 excavators to a North Korean trading company.",
                "The resolution bars all states from supplying the country with vehicles.",
                "Daimler said it had not delivered any cars to North Korea.",
                "Putin presented Kim with an Aurus limousine during the visit.")) {
            var graph = dossier.source.support.Graphs.parse(sentence);
            java.util.Set<String> lemmas = new java.util.HashSet<>();
            graph.vertexSet().forEach(w -> lemmas.add(w.lemma()));
            for (EventPatterns.KindPattern p : standard.patterns()) {
                if (!p.canMatch(lemmas, new java.util.HashMap<>())) {
                    skipped++;
                    assertThat(p.pattern().matcher(graph).find()).as(p.kind() + " '" + p.name() + "' on: " + sentence).isFalse();
                }
            }
        }
        assertThat(skipped).isGreaterThan(100);
    }
}
