package dossier.source.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import dossier.source.comparison.ClaimComparator;
import dossier.source.extraction.ClaimExtractor;
import dossier.source.extraction.Lexicon;
import dossier.source.nlp.AnalyzedSentence;
import dossier.source.nlp.LanguageIdentifier;
import dossier.source.nlp.MentionCandidateFinder;
import dossier.source.nlp.NlpModels;
import dossier.source.nlp.TextAnalyzer;
import dossier.source.nlp.Token;
import dossier.source.parsing.ArticleParser;
import dossier.source.parsing.DatelineCheck;
import dossier.source.parsing.MarkupConverter;

/** The plain-Java text components, wired once for the application (models are loaded once). */
@ApplicationScoped
public class TextPipeline {

    private final Lexicon lexicon = Lexicon.english();
    private final NlpModels models = NlpModels.shared();
    private final LanguageIdentifier language = new LanguageIdentifier();

    public Lexicon lexicon() {
        return lexicon;
    }

    // OpenNLP's ME classes are not thread-safe; one analyzer per gRPC worker thread, reused.
    private final ThreadLocal<TextAnalyzer> analyzers = ThreadLocal.withInitial(() -> new TextAnalyzer(models));

    public List<AnalyzedSentence> analyze(String text, List<int[]> ranges) {
        TextAnalyzer analyzer = analyzers.get();
        List<AnalyzedSentence> out = new ArrayList<>();
        for (int[] r : ranges) {
            out.addAll(analyzer.analyze(text, r[0], r[1]));
        }
        return out;
    }

    public List<Token> tokens(String text) {
        return analyzers.get().tokens(text);
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
