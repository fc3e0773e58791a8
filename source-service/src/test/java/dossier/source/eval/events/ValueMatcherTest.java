package dossier.source.eval.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dossier.support.model.EventModel;

class ValueMatcherTest {

    private final ValueMatcher m = new ValueMatcher(EventModel.standard(), MatchingRules.standard());

    private static PredictedEvent.Value v(String text) {
        return PredictedEvent.Value.of(text);
    }

    @Test
    void headWordsOfTheGoldMustAllBeInThePrediction() {
        assertThat(m.agrees("item", "oil", v("About 600 tonnes of refined oil"))).isTrue();
        assertThat(m.agrees("giver", "Lighthouse Winmore|Winmore", v("the Hong Kong-flagged Lighthouse Winmore"))).isTrue();
        assertThat(m.agrees("giver", "Lighthouse Winmore", v("Winmore"))).isFalse();
        assertThat(m.agrees("recipient", "Sam Jong 2", v("the Lighthouse Winmore"))).isFalse();
        assertThat(m.agrees("item", "excavators", v("an excavator"))).isTrue();
        assertThat(m.agrees("item", "excavators", v("bulldozers"))).isFalse();
    }

    @Test
    void quantitiesCompareAsNumbersWrittenInDigitsOrWords() {
        assertThat(m.agrees("quantity", "12", v("a dozen"))).isTrue();
        assertThat(m.agrees("quantity", "2", v("a pair of"))).isTrue();
        assertThat(m.agrees("quantity", "14", v("12 excavators"))).isFalse();
        assertThat(m.agrees("quantity", "25000", v("about 25,000 tonnes"))).isTrue();
        assertThat(m.agrees("quantity", "26500", v("about 25,000 tonnes"))).isFalse();
    }

    @Test
    void moneyComparesWithMultipliersAndWithoutCurrencies() {
        assertThat(m.agrees("value", "620 million", v("$620 million"))).isTrue();
        assertThat(m.agrees("value", "620 million", v("$625 million"))).isFalse();
        assertThat(m.agrees("value", "13 million", v("\u20ac13m"))).isTrue();
        assertThat(m.agrees("value", "1.5 billion", v("about $1.5 billion"))).isTrue();
        assertThat(m.agrees("value", "750000", new PredictedEvent.Value("more than $750,000", "", null, "", ""))).isTrue();
        assertThat(m.agrees("value", "750000", new PredictedEvent.Value("a fee", "", 750000.0, "", ""))).isTrue();
    }

    @Test
    void aPredictedTimeMustLieInsideTheGoldInterval() {
        String earlyMay = "2019-05-01/2019-05-10 part_of_month";
        assertThat(m.agrees("time", earlyMay, new PredictedEvent.Value("May 7, 2019", "2019-05-07", null, "", ""))).isTrue();
        assertThat(m.agrees("time", earlyMay, new PredictedEvent.Value("May 2019", "2019-05", null, "", ""))).isFalse();
        assertThat(m.agrees("time", earlyMay, PredictedEvent.Value.interval("early May", "2019-05-01", "2019-05-10"))).isTrue();
        assertThat(m.agrees("time", "2019-06-01/2019-06-30 month", new PredictedEvent.Value("last July", "2019-07", null, "", ""))).isFalse();
        assertThat(m.agrees("time", "2025-02-17/2025-02-23 day", new PredictedEvent.Value("last week", "2025-W08", null, "", ""))).isTrue();
        assertThat(m.agrees("time", "2019-06-01/2019-06-30 month", v("in June"))).isFalse(); // no date: no agreement
    }

    @Test
    void goldValuesCompareWithEachOther() {
        assertThat(m.agreesGold("time", "2018-10-01/2018-10-10 part_of_month", "2018-10-07/2018-10-07 day")).isTrue();
        assertThat(m.agreesGold("quantity", "12", "14")).isFalse();
    }
}
