package dossier.source.nlp;

import java.util.Properties;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * Stanford CoreNLP 4.5.10 (GPL-3.0), loaded once per JVM: a light pipeline (tokenize, ssplit, pos,
 * lemma) that every sentence goes through, and a deep one (ner with SUTime dates, money and
 * numbers; depparse, whose enhanced++ graph the event patterns match) that only sentences which can
 * carry an event get. The models take some 13 s and 1.1 GB of heap to load; the pipelines are
 * thread-safe and shared by all requests.
 */
public final class NlpModels {

    /** Longer sentences (tables, run-on dumps) get no parse: the parser's cost grows with length. */
    static final int MAX_PARSED_TOKENS = 120;

    /** No real sentence is this long: a line without full stops (a table, a dump) is cut into pieces. */
    static final int MAX_SENTENCE_CHARS = 1500;

    private final StanfordCoreNLP split;
    private final StanfordCoreNLP tag;
    private final StanfordCoreNLP deep;

    private NlpModels(StanfordCoreNLP split, StanfordCoreNLP tag, StanfordCoreNLP deep) {
        this.split = split;
        this.tag = tag;
        this.deep = deep;
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
        Properties deep = new Properties();
        deep.setProperty("annotators", "ner,depparse");
        deep.setProperty("enforceRequirements", "false");
        // the 3-class model (PERSON, LOCATION, ORGANIZATION) plus SUTime and the numeric classifiers
        // (DATE, MONEY, NUMBER...): the 7- and 4-class models added load time and heap for nothing we use
        deep.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        deep.setProperty("ner.applyFineGrained", "false");
        deep.setProperty("ner.buildEntityMentions", "false");
        deep.setProperty("depparse.extradependencies", "MAXIMAL");
        return new NlpModels(new StanfordCoreNLP(split), new StanfordCoreNLP(tag), new StanfordCoreNLP(deep));
    }

    StanfordCoreNLP split() {
        return split;
    }

    StanfordCoreNLP tag() {
        return tag;
    }

    StanfordCoreNLP deep() {
        return deep;
    }
}
