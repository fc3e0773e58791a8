package dossier.source.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dossier.source.support.Fixtures;

class NearCopyDetectorTest {

    @Test
    void aLightlyEditedCopyIsFoundAndADifferentStoryIsNot() {
        String original = Fixtures.read("articles/tanker-1.txt");
        String edited = original.replace("on Monday", "on Tuesday") + "\nThe report was updated.";
        NearCopyDetector d = new NearCopyDetector(0.5);
        assertThat(d.nearCopyOf(edited, Map.of("orig", original, "other", Fixtures.read("articles/tanker-2.txt"))))
                .contains("orig");
        assertThat(d.nearCopyOf(Fixtures.read("articles/tanker-2.txt"), Map.of("orig", original))).isEmpty();
    }
}
