package dossier.source.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Properties;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * Stanford CoreNLP 4.5.10 (GPL-3.0), loaded once per JVM: a light pipeline (tokenize, ssplit, pos,
 * lemma) that every sentence goes through, and the deep annotators that only sentences which can
 * carry an event get: named entities (with SUTime dates, money and numbers where the sentence has a
 * {@link TimeCues time cue}; the same 3-class model without them elsewhere) and the dependency
 * parse, whose enhanced++ graph the event patterns match ({@link EnhancedParseAnnotator}). The
 * models take some 13 s and 1.1 GB of heap to load; the annotators are thread-safe and shared by
 * all requests.
 */
public final class NlpModels {

    /** Longer sentences (tables, run-on dumps) get no parse: the parser's cost grows with length. */
    static final int MAX_PARSED_TOKENS = 120;

    /** No real sentence is this long: a line without full stops (a table, a dump) is cut into pieces. */
    static final int MAX_SENTENCE_CHARS = 1500;

    /** The 3-class model (PERSON, LOCATION, ORGANIZATION): the 7- and 4-class ones added load time and heap for nothing we use. */
    private static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    private final StanfordCoreNLP split;
    private final StanfordCoreNLP tag;
    private final Annotator timedNer;
    private final Annotator plainNer;
    private final Annotator depparse;
    private final TimeCues timeCues = TimeCues.standard();

    private NlpModels(StanfordCoreNLP split, StanfordCoreNLP tag, Annotator timedNer, Annotator plainNer, Annotator depparse) {
        this.split = split;
        this.tag = tag;
        this.timedNer = timedNer;
        this.plainNer = plainNer;
        this.depparse = depparse;
    }

    private static volatile NlpModels shared;

    public static NlpModels shared() {
        NlpModels m = shared;
        if (m == null) {
            synchronized (NlpModels.class) {
                if (shared == null) {
                    shared = load();
                }
                m = shared;
            }
        }
        return m;
    }

    private static NlpModels load() {
        Properties split = new Properties();
        split.setProperty("annotators", "tokenize,ssplit");
        split.setProperty("tokenize.language", "en");
        // lines are parsed apart (headlines, bylines, paragraphs): a line break always ends a sentence
        split.setProperty("ssplit.newlineIsSentenceBreak", "always");
        split.setProperty("tokenize.options", "untokenizable=noneDelete,ptb3Escaping=false,splitHyphenated=false");
        Properties tag = new Properties();
        tag.setProperty("annotators", "pos,lemma");
        tag.setProperty("enforceRequirements", "false");
        CRFClassifier<CoreLabel> crf;
        try {
            crf = CRFClassifier.getClassifier(NER_MODEL);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + NER_MODEL, e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load " + NER_MODEL, e);
        }
        // one CRF, two combiners: with SUTime and the numeric classifiers (DATE, MONEY, NUMBER...), and without
        return new NlpModels(new StanfordCoreNLP(split), new StanfordCoreNLP(tag), ner(crf, true), ner(crf, false),
                new EnhancedParseAnnotator());
    }

    /** As StanfordCoreNLP builds "ner" without fine-grained classes and entity mentions, around a loaded CRF. */
    private static Annotator ner(CRFClassifier<CoreLabel> crf, boolean numeric) {
        try {
            return new NERCombinerAnnotator(new NERClassifierCombiner(numeric, numeric, crf), false, 1, 0, Integer.MAX_VALUE,
                    false, false);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set up the named-entity classifiers", e);
        }
    }

    StanfordCoreNLP split() {
        return split;
    }

    StanfordCoreNLP tag() {
        return tag;
    }

    /** Named entities: with SUTime and the numeric classifiers if {@code timed}. */
    Annotator ner(boolean timed) {
        return timed ? timedNer : plainNer;
    }

    Annotator depparse() {
        return depparse;
    }

    TimeCues timeCues() {
        return timeCues;
    }
}
