package dossier.source.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.source.domain.MentionCandidate;
import dossier.source.extraction.Lexicon;

class NlpTest {

    private final TextAnalyzer analyzer = new TextAnalyzer(NlpModels.shared());

    @Test
    void offsetsPointIntoTheOriginalTextAndPossessivesAreSplit() {
        String text = "The gift went to Mr. Smith\u2019s aides.\nThen the ship sailed. It “left” early.";
        List<AnalyzedSentence> sentences = analyzer.analyze(text, 0, text.length());
        assertThat(sentences).hasSize(3);
        for (AnalyzedSentence s : sentences) {
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            for (Token t : s.tokens()) {
                assertThat(TextAnalyzer.asciiPunctuation(text.substring(t.start(), t.end()))).isEqualTo(t.text());
            }
        }
        assertThat(sentences.get(0).tokens()).extracting(Token::text).contains("Smith", "'s");
        assertThat(sentences.get(1).tokens()).anyMatch(t -> t.text().equals("sailed") && t.lemma().equals("sail"));
    }

    @Test
    void wordsOfLettersAndDigitsStayWholeAndPunctuationIsStillSplitOff() {
        String text = "Officials in Pyongyang received 2 Senat limousines (worth $500,000 each), the U.N. panel said.";
        List<String> tokens = analyzer.analyze(text, 0, text.length()).getFirst().tokens().stream().map(Token::text).toList();
        assertThat(tokens).contains("Pyongyang", "Senat", "limousines", "(", "$", "500,000", ")", ",", ".");
        // the shipped model asks its classifier at every character; the shortcut leaves such words alone
        assertThat(new opennlp.tools.tokenize.TokenizerME(NlpModels.shared().tokens()).useAlphaNumericOptimization()).isTrue();
    }

    @Test
    void theTaggerKeepsOneSequenceAndStillTagsVerbsAndNouns() {
        assertThat(NlpModels.shared().pos().getManifestProperty("BeamSize")).isEqualTo(String.valueOf(NlpModels.POS_BEAM));
        String text = "The minister denied that the ship delivered fuel.";
        List<Token> tokens = analyzer.analyze(text, 0, text.length()).getFirst().tokens();
        assertThat(tokens).filteredOn(t -> t.tag().equals("VERB")).extracting(Token::lemma).contains("deny", "deliver");
        assertThat(tokens).filteredOn(t -> t.tag().equals("NOUN")).extracting(Token::text).contains("minister", "ship", "fuel");
    }

    @Test
    void headingsAreMarked() {
        String text = "A Delicate Balance\nThe minister spoke at length about it.";
        List<AnalyzedSentence> s = analyzer.analyze(text, 0, text.length());
        assertThat(s.get(0).heading()).isTrue();
        assertThat(s.get(1).heading()).isFalse();
    }

    @Test
    void candidatesAreNameRunsWithHonorificsAndDescriptors() {
        String text = "The tanker Ocean Star met Mr. Lee\u2019s ship while the Panamanian captain watched.";
        List<MentionCandidate> found = new MentionCandidateFinder(Lexicon.english())
                .find(text, analyzer.analyze(text, 0, text.length()));
        assertThat(found).extracting(MentionCandidate::text).contains("Ocean Star", "Mr. Lee", "the Panamanian captain");
        assertThat(found).filteredOn(c -> c.text().equals("Mr. Lee")).singleElement()
                .extracting(MentionCandidate::hint).isEqualTo("PERSON");
        for (MentionCandidate c : found) {
            assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
        }
    }
}
