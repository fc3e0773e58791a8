package dossier.sanctions.measures;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ItemClassifierTest {
    final ItemClassifier classifier = ItemClassifier.fromClasspath("classification/items.json");

    @Test
    void passengerCarsAreHs8703() {
        for (String item : List.of("a car", "the sedan", "an automobile", "a new SUV", "a vehicle")) {
            ItemClassification c = classifier.classify(item);
            assertThat(c.categories()).as(item).contains("passenger-motor-car");
            assertThat(c.hsHeadings()).as(item).contains("8703");
        }
    }

    @Test
    void luxuryQualifierOrLimousineMakesALuxuryAutomobile() {
        assertThat(classifier.classify("a Russian-made luxury car").categories()).contains("luxury-automobile", "passenger-motor-car");
        assertThat(classifier.classify("a limousine").categories()).contains("luxury-automobile");
        assertThat(classifier.classify("a second-hand car").categories()).doesNotContain("luxury-automobile");
    }

    @Test
    void armsAndRawMaterialsAreRecognised() {
        assertThat(classifier.classify("artillery, rockets, and ballistic missiles").categories()).containsExactly("arms");
        assertThat(classifier.classify("coal").categories()).contains("coal");
        assertThat(classifier.classify("textiles").categories()).contains("textiles");
        assertThat(classifier.classify("luxury watches").categories()).contains("luxury-watch");
    }

    @Test
    void anUnknownItemIsNotGuessed() {
        ItemClassification c = classifier.classify("an Aurus");
        assertThat(c.known()).isFalse();
        assertThat(c.hsHeadings()).isEmpty();
        assertThat(classifier.classify("").known()).isFalse();
    }

    @Test
    void hsRangesContainHeadings() {
        ItemClassification car = classifier.classify("car");
        assertThat(car.inHs(List.of("86-89"))).isTrue();
        assertThat(car.inHs(List.of("72-83"))).isFalse();
        assertThat(car.inHs(List.of("87"))).isTrue();
    }
}
