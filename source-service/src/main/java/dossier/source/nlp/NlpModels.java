package dossier.source.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP English models (UD EWT, from the opennlp-models-*-en artifacts). Models are immutable
 * and shared; the ME classes built from them are not thread-safe, so callers keep one set per thread.
 */
public final class NlpModels {

    static final int POS_BEAM = 1;

    private final SentenceModel sentences;
    private final TokenizerModel tokens;
    private final POSModel pos;
    private final LemmatizerModel lemmatizer;
    private final Lemmas lemmas = new Lemmas();

    private NlpModels(SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {
        this.sentences = sentences;
        this.tokens = tokens;
        this.pos = pos;
        this.lemmatizer = lemmas;
    }

    private static volatile NlpModels shared;

    /** Loads the models once per JVM: they take a second and some 20 MB. */
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
        try {
            return new NlpModels(
                    new SentenceModel(open("opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")),
                    wordsKeptWhole(new TokenizerModel(open("opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin"))),
                    narrowBeam(new POSModel(open("opennlp-en-ud-ewt-pos-1.3-2.5.4.bin"))),
                    new LemmatizerModel(open("opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP models", e);
        }
    }

    /**
     * The tagger with a beam of one: the model ships with three, and its beam search evaluates the
     * maxent model once per kept sequence and token, which made tagging the largest single cost of
     * an ingest. On the labelled claims (claims-eval) precision and recall stay as they were.
     * TextAnalyzer tags with {@link GreedyPosTagger}, which gives this tagger's tags without the search.
     */
    static POSModel narrowBeam(POSModel shipped) {
        return new POSModel(shipped.getLanguage(), shipped.<MaxentModel>getArtifact("pos.model"), POS_BEAM,
                Map.of(), shipped.getFactory());
    }

    /**
     * The tokenizer with OpenNLP's alphanumeric shortcut on (the model ships with it off): a word of
     * letters and digits only is one token without asking the model at each of its characters,
     * which was as costly as tagging. Only splits inside such words are lost ("cannot", "gonna").
     */
    static TokenizerModel wordsKeptWhole(TokenizerModel shipped) {
        TokenizerFactory factory = shipped.getFactory();
        return new TokenizerModel(shipped.getMaxentModel(), Map.of(), new TokenizerFactory(shipped.getLanguage(),
                shipped.getAbbreviations(), true, factory.getAlphaNumericPattern()));
    }

    private static InputStream open(String name) {
        InputStream in = NlpModels.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("OpenNLP model " + name + " is not on the classpath");
        }
        return in;
    }

    public SentenceModel sentences() { return sentences; }
    public TokenizerModel tokens() { return tokens; }
    public POSModel pos() { return pos; }
    public LemmatizerModel lemmatizer() { return lemmatizer; }
    Lemmas lemmas() { return lemmas; }
}
