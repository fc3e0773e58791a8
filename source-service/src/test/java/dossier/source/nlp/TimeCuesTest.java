package dossier.source.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

/**
 * The time-cue shortcut loses nothing: on every text in the repository's fixtures, a sentence
 * without a cue gets the same named entities (tags and normalised values) from the plain
 * classifier as from the one with SUTime and the numeric classifiers.
 */
class TimeCuesTest {

    private final NlpModels models = NlpModels.shared();

    @Test
    void aSentenceWithoutACueGetsTheSameEntitiesWithoutTheNumericClassifiers() {
        int checked = 0;
        List<String> differing = new ArrayList<>();
        for (String text : fixtureTexts()) {
            for (CoreMap sentence : tagged(text)) {
                List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
                if (tokens.size() > NlpModels.MAX_PARSED_TOKENS || models.timeCues().any(tokens)) {
                    continue;
                }
                checked++;
                List<String> timed = entities(text, sentence, true);
                List<String> plain = entities(text, sentence, false);
                if (!timed.equals(plain)) {
                    differing.add(sentence.get(CoreAnnotations.TextAnnotation.class) + "\n  timed " + timed + "\n  plain " + plain);
                }
            }
        }
        assertThat(checked).as("sentences without a cue in the fixtures").isGreaterThan(300);
        assertThat(differing).isEmpty();
    }

    @Test
    void datesNumbersAndOrdinalsAreCues() {
        for (String s : List.of("The ship left last May.", "It arrived on Tuesday.", "The ship left in mid-May.",
                "Forty generators were sent.", "The 2019 shipment went ahead.", "It was the third such sale.",
                "The cars arrived the previous year.", "They were sold recently.")) {
            assertThat(models.timeCues().any(tagged(s).getFirst().get(CoreAnnotations.TokensAnnotation.class))).as(s).isTrue();
        }
        for (String s : List.of("The ship carried cars to the port.", "The firm denied selling anything to Pyongyang.")) {
            assertThat(models.timeCues().any(tagged(s).getFirst().get(CoreAnnotations.TokensAnnotation.class))).as(s).isFalse();
        }
    }

    @Test
    void theClassifiersDifferWhereThereIsACue() {
        String text = "The yachts were shipped to Nampo last May.";
        CoreMap sentence = tagged(text).getFirst();
        assertThat(entities(text, sentence, true)).anyMatch(e -> e.startsWith("May DATE"));
        assertThat(entities(text, sentence, false)).noneMatch(e -> e.contains("DATE"));
    }

    /** Token, tag and normalised value of one sentence, annotated on copies of its tokens. */
    private List<String> entities(String text, CoreMap sentence, boolean timed) {
        List<CoreLabel> copies = new ArrayList<>();
        for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
            copies.add(new CoreLabel(t));
        }
        CoreMap copy = new ArrayCoreMap(sentence);
        copy.set(CoreAnnotations.TokensAnnotation.class, copies);
        Annotation doc = new Annotation(text);
        doc.set(CoreAnnotations.SentencesAnnotation.class, List.of(copy));
        doc.set(CoreAnnotations.TokensAnnotation.class, copies);
        doc.set(CoreAnnotations.DocDateAnnotation.class, "2020-02-10");
        models.ner(timed).annotate(doc);
        return copies.stream().map(t -> t.word() + " " + t.ner() + " " + t.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))
                .toList();
    }

    private List<CoreMap> tagged(String text) {
        Annotation doc = new Annotation(TextAnalyzer.asciiPunctuation(text));
        models.split().annotate(doc);
        models.tag().annotate(doc);
        return doc.get(CoreAnnotations.SentencesAnnotation.class);
    }

    private static List<String> fixtureTexts() {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            List<String> texts = new ArrayList<>();
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
