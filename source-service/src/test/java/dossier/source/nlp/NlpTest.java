package dossier.source.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.source.domain.MentionCandidate;
import dossier.source.extraction.Lexicon;

class NlpTest {

    private final TextAnalyzer analyzer = new TextAnalyzer(NlpModels.shared(), java.util.Set.of("ship", "sell"));

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
    }

    @Test
    void pennTagsAreMappedToUniversalOnesForTheTokenRules() {
        String text = "The minister denied that the ship delivered fuel.";
        List<Token> tokens = analyzer.analyze(text, 0, text.length()).getFirst().tokens();
        assertThat(tokens).filteredOn(t -> t.tag().equals("VERB")).extracting(Token::lemma).contains("deny", "deliver");
        assertThat(tokens).filteredOn(t -> t.tag().equals("NOUN")).extracting(Token::text).contains("minister", "ship", "fuel");
    }

    @Test
    void auxiliariesNegationAndSubordinatorsGetTheirUniversalTags() {
        String text = "The firm said that it had not sold cars, which were shipped later.";
        List<Token> t = analyzer.analyze(text, 0, text.length()).getFirst().tokens();
        assertThat(t).filteredOn(x -> x.text().equals("had")).singleElement().extracting(Token::tag).isEqualTo("AUX");
        assertThat(t).filteredOn(x -> x.text().equals("were")).singleElement().extracting(Token::tag).isEqualTo("AUX");
        assertThat(t).filteredOn(x -> x.text().equals("not")).singleElement().extracting(Token::tag).isEqualTo("PART");
        assertThat(t).filteredOn(x -> x.text().equals("that")).singleElement().extracting(Token::tag).isEqualTo("SCONJ");
        assertThat(t).filteredOn(x -> x.text().equals("sold")).singleElement().extracting(Token::ptb).isEqualTo("VBN");
    }

    @Test
    void onlySentencesWithATriggerLemmaAreParsedAndGetDatesAnchoredOnTheDocumentDate() {
        String text = "The weather was mild. The yachts were shipped to Nampo last May.";
        List<AnalyzedSentence> s = analyzer.analyze(text, 0, text.length(), "2020-02-10");
        assertThat(s.get(0).parsed()).isFalse();
        assertThat(s.get(1).parsed()).isTrue();
        assertThat(s.get(1).graph().getNodeByIndex(4).word()).isEqualTo("shipped");
        assertThat(s.get(1).tokens()).filteredOn(x -> x.text().equals("May")).singleElement()
                .extracting(Token::ner, Token::normalized).containsExactly("DATE", "2019-05");
        assertThat(s.get(1).tokens()).filteredOn(x -> x.text().equals("Nampo")).singleElement()
                .extracting(Token::ner).isEqualTo("LOCATION");
    }

    @Test
    void aLineWithoutFullStopsIsCutIntoPiecesOfBoundedLength() {
        String text = "The tanker shipped diesel to the port and ".repeat(200) + "end.";
        List<AnalyzedSentence> s = analyzer.analyze(text, 0, text.length());
        assertThat(s).hasSizeGreaterThan(5);
        assertThat(s).allMatch(x -> x.end() - x.start() <= NlpModels.MAX_SENTENCE_CHARS && !x.parsed());
        assertThat(s.getLast().end()).isEqualTo(text.length());
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
