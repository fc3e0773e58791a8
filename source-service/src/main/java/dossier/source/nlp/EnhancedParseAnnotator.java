package dossier.source.nlp;

import java.util.Properties;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.SentenceAnnotator;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;

/**
 * CoreNLP's neural dependency parser, keeping only the enhanced++ graph (with the maximal extra
 * dependencies) that the event patterns match: CoreNLP's own depparse annotator makes five graphs
 * of each parse (basic, collapsed, CC-processed, enhanced, enhanced++), a tenth of an ingest's CPU,
 * four of them read by nothing here.
 */
final class EnhancedParseAnnotator extends SentenceAnnotator {

    private final DependencyParser parser;

    EnhancedParseAnnotator() {
        Properties props = new Properties();
        props.setProperty("extradependencies", GrammaticalStructure.Extras.MAXIMAL.name());
        parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, props);
    }

    @Override
    protected int nThreads() {
        return 1;
    }

    @Override
    protected long maxTime() {
        return 0; // no limit: the caller's deadline is checked between parts of the article
    }

    @Override
    protected void doOneSentence(Annotation annotation, CoreMap sentence) {
        GrammaticalStructure gs = parser.predict(sentence);
        sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                SemanticGraphFactory.makeFromTree(gs, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.MAXIMAL, null));
    }

    @Override
    protected void doOneFailedSentence(Annotation annotation, CoreMap sentence) {
        // no graph: the sentence counts as not parsed
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requires() {
        return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
                CoreAnnotations.PartOfSpeechAnnotation.class);
    }

    @Override
    public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
        return Set.of(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    }
}
