package dossier.source.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dossier.source.nlp.Token;
import dossier.support.model.EventModel.ValueType;
import org.junit.jupiter.api.Test;

class RoleFitTest {

    private static final RoleFit WORDNET = RoleFit.standard(Lexicon.english());

    private static Token noun(String text) {
        return new Token(text, 0, text.length(), "NOUN", text.toLowerCase().replaceFirst("s$", ""), "");
    }

    private static Token word(String text, String tag) {
        return new Token(text, 0, text.length(), tag, text.toLowerCase(), "");
    }

    /** "the X": the head is the last token. */
    private static boolean fits(RoleFit fit, ValueType type, Token... phrase) {
        List<Token> tokens = List.of(phrase);
        return fit.fits(type, tokens, 0, tokens.size(), tokens.size() - 1);
    }

    @Test
    void aPartyIsSomeoneAMessageIsNot() {
        assertThat(fits(WORDNET, ValueType.PARTY, word("the", "DET"), noun("buyer"))).isTrue();
        assertThat(fits(WORDNET, ValueType.PARTY, word("the", "DET"), noun("company"))).isTrue();
        assertThat(fits(WORDNET, ValueType.PARTY, word("the", "DET"), noun("report"))).isFalse();
        assertThat(fits(WORDNET, ValueType.PARTY, word("the", "DET"), noun("request"))).isFalse();
    }

    @Test
    void anItemIsAThingNotAQualityOrAnInsight() {
        assertThat(fits(WORDNET, ValueType.THING, noun("arms"))).isTrue(); // not "arm", the body part
        assertThat(fits(WORDNET, ValueType.THING, noun("coal"))).isTrue();
        assertThat(fits(WORDNET, ValueType.THING, word("luxury", "NOUN"), noun("goods"))).isTrue(); // not "good", a quality
        assertThat(fits(WORDNET, ValueType.THING, noun("evidence"))).isFalse();
        assertThat(fits(WORDNET, ValueType.THING, word("a", "DET"), noun("value"))).isFalse();
    }

    @Test
    void aNamesPossessiveDoesNotMakeWhatItOwnsAParty() {
        Token kim = word("Kim", "PROPN");
        Token pos = new Token("'s", 3, 5, "PART", "'s", "", "'s", "POS", "", "");
        Token use = noun("use");
        assertThat(fits(WORDNET, ValueType.PARTY, kim, pos, word("personal", "ADJ"), use)).isFalse();
        assertThat(fits(WORDNET, ValueType.PARTY, word("Kim", "PROPN"), noun("bodyguard"))).isTrue();
    }

    @Test
    void aNameAPronounAnUnknownWordAndAGoodsWordAlwaysFit() {
        RoleFit nothingIsAPerson = new RoleFit(new RoleFit.Classes(1, Map.of(ValueType.PARTY, Set.of("noun.person")), Map.of(), Set.of(), Map.of()),
                w -> w.equals("zyzzyva") ? List.of() : List.of("noun.communication"), Lexicon.english());
        assertThat(fits(nothingIsAPerson, ValueType.PARTY, noun("report"))).isFalse();
        assertThat(fits(nothingIsAPerson, ValueType.PARTY, word("Ronin", "PROPN"), noun("bridge"))).isTrue();
        assertThat(fits(nothingIsAPerson, ValueType.PARTY, word("they", "PRON"))).isTrue();
        assertThat(fits(nothingIsAPerson, ValueType.PARTY, noun("zyzzyva"))).isTrue();
        assertThat(fits(nothingIsAPerson, ValueType.PARTY, noun("limousine"))).isTrue(); // lexicon's itemKinds
        assertThat(fits(nothingIsAPerson, ValueType.TIME, noun("report"))).isTrue(); // no classes for times
    }

    @Test
    void theWordsOfATypeFitWhateverWordNetSays() {
        assertThat(fits(WORDNET, ValueType.PARTY, word("an", "DET"), noun("account"))).isTrue(); // a record, to WordNet
        RoleFit accountsPay = new RoleFit(new RoleFit.Classes(2, Map.of(ValueType.PARTY, Set.of("noun.person")),
                Map.of(ValueType.PARTY, Set.of("account")), Set.of(), Map.of()), w -> List.of("noun.communication"), Lexicon.english());
        assertThat(fits(accountsPay, ValueType.PARTY, noun("account"))).isTrue();
        assertThat(fits(accountsPay, ValueType.PARTY, noun("report"))).isFalse();
    }

    @Test
    void aPlaceIsNoItem() {
        Token cuba = new Token("Cuba", 0, 4, "PROPN", "cuba", "", "cuba", "NNP", "LOCATION", "");
        assertThat(WORDNET.fits(ValueType.THING, List.of(cuba), 0, 1, 0)).isFalse();
        assertThat(WORDNET.fits(ValueType.PLACE, List.of(cuba), 0, 1, 0)).isTrue();
        assertThat(fits(WORDNET, ValueType.THING, word("the", "DET"), noun("river"))).isFalse();
    }

    @Test
    void someoneIsAnAgentSomewhereIsNot() {
        List<Token> broker = List.of(word("a", "DET"), noun("broker"));
        List<Token> port = List.of(word("the", "DET"), noun("port"));
        assertThat(WORDNET.isAgent(broker, 1)).isTrue();
        assertThat(WORDNET.isAgent(port, 1)).isFalse();
    }

    @Test
    void onlyTheMostFrequentSensesCount() {
        RoleFit firstSense = new RoleFit(new RoleFit.Classes(1, Map.of(ValueType.PARTY, Set.of("noun.person")), Map.of(), Set.of(), Map.of()),
                w -> List.of("noun.body", "noun.person"), Lexicon.english());
        RoleFit twoSenses = new RoleFit(new RoleFit.Classes(2, Map.of(ValueType.PARTY, Set.of("noun.person")), Map.of(), Set.of(), Map.of()),
                w -> List.of("noun.body", "noun.person"), Lexicon.english());
        assertThat(fits(firstSense, ValueType.PARTY, noun("hand"))).isFalse();
        assertThat(fits(twoSenses, ValueType.PARTY, noun("hand"))).isTrue();
    }

    @Test
    void theDataFileNamesOnlyWordNetsClasses() {
        assertThat(RoleFit.load("events/role-classes.json").types()).containsKeys(ValueType.PARTY, ValueType.THING);
        assertThatThrownBy(() -> new RoleFit(new RoleFit.Classes(2, Map.of(ValueType.PARTY, Set.of("person")), Map.of(), Set.of(), Map.of()),
                w -> List.of(), Lexicon.english()))
                .hasMessageContaining("\"person\" is not one of WordNet's classes");
    }
}
