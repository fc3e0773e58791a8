package dossier.source.support;

import java.util.List;

import dossier.source.nlp.AnalyzedSentence;
import dossier.source.service.TextPipeline;
import edu.stanford.nlp.semgraph.SemanticGraph;

/** The enhanced++ graph the production pipeline makes of one sentence (it must hold a trigger word). */
public final class Graphs {

    private static final TextPipeline PIPELINE = new TextPipeline();

    public static SemanticGraph parse(String sentence) {
        List<AnalyzedSentence> s = PIPELINE.analyze(sentence, List.<int[]>of(new int[] {0, sentence.length()}), "");
        if (s.size() != 1 || !s.get(0).parsed()) {
            throw new IllegalArgumentException("not one parsed sentence: " + sentence);
        }
        return s.get(0).graph();
    }

    private Graphs() {
    }
}
