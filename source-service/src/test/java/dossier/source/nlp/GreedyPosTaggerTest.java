package dossier.source.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import opennlp.tools.postag.POSTaggerME;

import dossier.source.bench.GenreArticles;
import dossier.source.support.Fixtures;

/** The arg-max tagger gives OpenNLP's beam-of-one tags, token for token, on whole articles. */
class GreedyPosTaggerTest {

    private final NlpModels models = NlpModels.shared();

    @Test
    void tagsAsOpenNlpsTaggerWithABeamOfOne() {
        List<String> texts = new ArrayList<>();
        Fixtures.SEEDS.forEach(s -> texts.add(Fixtures.read(s)));
        for (String f : List.of("articles/tanker-1.txt", "articles/tanker-2.txt", "genre/drone-denial.txt",
                "genre/luxury-watches-1.txt", "genre/luxury-watches-2.txt", "genre/sts-fuel.txt")) {
            texts.add(Fixtures.read(f));
        }
        GenreArticles generated = new GenreArticles();
        for (int n = 0; n < 40; n++) {
            texts.add(generated.article(n, 1000));
        }
        TextAnalyzer analyzer = new TextAnalyzer(models);
        POSTaggerME openNlp = new POSTaggerME(models.pos());
        GreedyPosTagger greedy = new GreedyPosTagger(models.pos());
        int tokens = 0;
        for (String text : texts) {
            for (AnalyzedSentence s : analyzer.analyze(text, 0, text.length())) {
                String[] words = s.tokens().stream().map(Token::text).toArray(String[]::new);
                assertThat(greedy.tag(words)).as(s.text()).containsExactly(openNlp.tag(words));
                tokens += words.length;
            }
        }
        assertThat(tokens).isGreaterThan(40_000);
    }
}
