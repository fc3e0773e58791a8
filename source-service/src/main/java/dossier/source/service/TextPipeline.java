package dossier.source.service;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dossier.source.comparison.ClaimComparator;
import dossier.source.extraction.ClaimExtractor;
import dossier.source.extraction.Lexicon;
import dossier.source.extraction.events.EventPatterns;
import dossier.source.nlp.AnalyzedSentence;
import dossier.source.nlp.LanguageIdentifier;
import dossier.source.nlp.MentionCandidateFinder;
import dossier.source.nlp.NlpModels;
import dossier.source.nlp.NounClasses;
import dossier.source.nlp.TextAnalyzer;
import dossier.source.nlp.Token;
import dossier.source.parsing.ArticleParser;
import dossier.source.parsing.DatelineCheck;
import dossier.source.parsing.MarkupConverter;

/** The plain-Java text components, wired once for the application (models are loaded once). */
// loaded at start-up, so readiness waits for the models instead of the first ingest
@io.quarkus.runtime.Startup
@ApplicationScoped
public class TextPipeline {

    private final Lexicon lexicon = Lexicon.english();
    private final NlpModels models = NlpModels.shared();
    private final NounClasses nouns = NounClasses.wordNet(); // read now, not by the first ingest
    private final LanguageIdentifier language = new LanguageIdentifier();

    public Lexicon lexicon() {
        return lexicon;
    }

    // CoreNLP's pipelines are thread-safe: one analyzer for all gRPC worker threads
    private final TextAnalyzer analyzer = new TextAnalyzer(models, triggers());

    /** Lemmas that make a sentence worth a parse: the pattern files' trigger words (a sentence without one yields no frame). */
    private Set<String> triggers() {
        return EventPatterns.standard().triggers();
    }

    public List<AnalyzedSentence> analyze(String text, List<int[]> ranges) {
        return analyze(text, ranges, "");
    }

    /** {@code publishedDate} (yyyy-MM-dd or empty) anchors relative dates. */
    public List<AnalyzedSentence> analyze(String text, List<int[]> ranges, String publishedDate) {
        return analyze(text, ranges, publishedDate, () -> { });
    }

    /** As above; {@code checkpoint} runs between parts of the sentences and may throw to stop (a passed deadline). */
    public List<AnalyzedSentence> analyze(String text, List<int[]> ranges, String publishedDate, Runnable checkpoint) {
        return analyzer.analyze(text, ranges, publishedDate, checkpoint);
    }

    public List<Token> tokens(String text) {
        return analyzer.tokens(text);
    }

    public LanguageIdentifier language() {
        return language;
    }

    public MarkupConverter markup() {
        return new MarkupConverter();
    }

    public ArticleParser parser() {
        return new ArticleParser();
    }

    public MentionCandidateFinder candidates() {
        return new MentionCandidateFinder(lexicon);
    }

    public ClaimExtractor extractor() {
        return new ClaimExtractor(lexicon);
    }

    public ClaimComparator comparator() {
        return new ClaimComparator(lexicon);
    }

    public DatelineCheck datelineCheck() {
        return new DatelineCheck();
    }
}
