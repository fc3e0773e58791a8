package dossier.sanctions.measures;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ItemClassifierTest {
    final ItemClassifier classifier = ItemClassifier.standard();

    @Test
    void passengerCarsAreHs8703() {
        for (String item : List.of("a car", "the sedan", "an automobile", "a new SUV", "a used car", "a second-hand car")) {
            ItemClassification c = classifier.classify(item);
            assertThat(c.categories()).as(item).contains("passenger-motor-vehicle");
            assertThat(c.hs()).as(item).isEqualTo("8703");
            assertThat(c.method()).isEqualTo("term");
        }
    }

    @Test
    void luxuryQualifierOrLimousineMakesALuxuryAutomobile() {
        assertThat(classifier.classify("a Russian-made luxury car").categories()).contains("luxury-automobile", "passenger-motor-vehicle");
        assertThat(classifier.classify("a limousine").categories()).contains("luxury-automobile");
        assertThat(classifier.classify("a second-hand car").categories()).doesNotContain("luxury-automobile");
    }

    @Test
    void makesAndModelsResolveToTheirHeadingWithTheirMaker() {
        ItemClassification aurus = classifier.classify("an Aurus Senat limousine");
        assertThat(aurus.hs()).isEqualTo("8703");
        assertThat(aurus.method()).isEqualTo("make/model");
        assertThat(aurus.confidence()).isGreaterThan(0.9);
        assertThat(aurus.make().orElseThrow().manufacturer().screenNames()).contains("LIMITED LIABILITY COMPANY AURUS");
        assertThat(classifier.classify("a Tu-204").hs()).startsWith("8802");
        assertThat(classifier.classify("two Mi-8 helicopters").categories()).contains("helicopter");
        assertThat(classifier.classify("a Maybach").categories()).contains("luxury-automobile");
        assertThat(classifier.classify("a Rolls-Royce Phantom").hs()).isEqualTo("8703");
        assertThat(classifier.classify("spare parts for a Tu-204").hs()).isEqualTo("8807");
    }

    @Test
    void theIssuesTrapsComeOutRight() {
        assertThat(classifier.classify("a pistol").hs()).isEqualTo("9302");
        assertThat(classifier.classify("a pistol").categories()).contains("arms", "small-arms-light-weapons");
        assertThat(classifier.classify("armoured combat vehicles").hs()).isEqualTo("8710");
        assertThat(classifier.classify("armoured combat vehicles").categories()).doesNotContain("luxury-automobile");
        assertThat(classifier.classify("an armoured limousine").hs()).isEqualTo("8703");
        assertThat(classifier.classify("a bronze statue").hs()).isEqualTo("9703");
        assertThat(classifier.classify("grain").hs()).isEqualTo("10");
        assertThat(classifier.classify("excavators").hs()).isEqualTo("8429");
        assertThat(classifier.classify("a yacht").hs()).isEqualTo("8903");
        // "spare parts" of nothing named are not aircraft parts: unknown, not the civil-aircraft exemption
        assertThat(classifier.classify("spare parts").known()).isFalse();
        assertThat(classifier.classify("aircraft spare parts").hs()).isEqualTo("8807");
        assertThat(classifier.classify("spare parts for trucks").hs()).isEqualTo("8708");
    }

    @Test
    void anUnknownItemIsNotGuessed() {
        ItemClassification c = classifier.classify("a Zorblax");
        assertThat(c.known()).isFalse();
        assertThat(c.hsHeadings()).isEmpty();
        assertThat(classifier.classify("").known()).isFalse();
    }

    @Test
    void hsRangesContainHeadingsAndAChapterOnlyMayBeInAHeading() {
        ItemClassification car = classifier.classify("car");
        assertThat(car.inHs(List.of("86-89"))).isTrue();
        assertThat(car.inHs(List.of("72-83"))).isFalse();
        assertThat(car.inHs(List.of("87"))).isTrue();
        ItemClassification boat = classifier.classify("a boat");
        assertThat(boat.coverage("8903")).isEqualTo(ItemClassification.Coverage.MAYBE);
        assertThat(boat.coverage("86-89")).isEqualTo(ItemClassification.Coverage.YES);
        assertThat(boat.coverage("8703")).isEqualTo(ItemClassification.Coverage.NO);
    }

    @Test
    void everyHeadingInTheDataIsInTheHarmonizedSystem() {
        HsNomenclature hs = HsNomenclature.standard();
        assertThat(hs.size()).isGreaterThan(6000);
        assertThat(hs.description("8703").orElseThrow()).contains("transport of persons");
        classifier.makes().forEach(m -> assertThat(hs.exists(m.heading())).as(m.names().toString()).isTrue());
    }
}
