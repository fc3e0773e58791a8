package dossier.entity.resolution;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AbbreviationsTest {

    @Test
    void aShortFormAbbreviatesANameWhoseWordsCarryItsLettersInOrder() {
        assertThat(Abbreviations.abbreviates("CNS", "James Martin Center for Nonproliferation Studies")).isTrue();
        assertThat(Abbreviations.abbreviates("KOMID", "Korea Mining Development Trading Corporation")).isTrue();
        assertThat(Abbreviations.abbreviates("UNSC", "United Nations Security Council")).isTrue();
        assertThat(Abbreviations.abbreviates("RGB", "Reconnaissance General Bureau")).isTrue();
    }

    @Test
    void aShortFormWhoseFirstLetterOpensNoWordOrWhoseLettersAreMissingIsNot() {
        assertThat(Abbreviations.abbreviates("AP", "Reuters")).isFalse();
        assertThat(Abbreviations.abbreviates("TASS", "Interfax")).isFalse();
        // the "r" of "RGB" must open a word: "Bureau General" has one only inside "General"
        assertThat(Abbreviations.abbreviates("RGB", "Bureau General Bureau")).isFalse();
        assertThat(Abbreviations.abbreviates("LONGER", "Long")).isFalse();
    }

    @Test
    void definitionsAreReadFromTheTextRightAfterAMention() {
        String text = "The James Martin Center for Nonproliferation Studies (CNS) said so. Kim Jong Un (left) smiled. "
                + "Reuters (AP) reported.";
        List<MentionCandidate> spans = List.of(span(text, "James Martin Center for Nonproliferation Studies"),
                span(text, "Kim Jong Un"), span(text, "Reuters"));
        assertThat(Abbreviations.defined(text, spans)).containsOnlyKeys("CNS").containsEntry("CNS", 0);
    }

    private static MentionCandidate span(String text, String name) {
        int at = text.indexOf(name);
        return new MentionCandidate(at, at + name.length(), name, "");
    }
}
