package dossier.source.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dossier.source.domain.Claim;
import dossier.source.domain.MentionRef;
import dossier.source.extraction.ClaimExtractor;
import dossier.source.extraction.Lexicon;
import dossier.source.nlp.AnalyzedSentence;
import dossier.source.nlp.MentionCandidateFinder;
import dossier.source.parsing.ArticleParser;
import dossier.source.parsing.ParsedArticle;
import dossier.source.service.TextPipeline;

/** Loads test articles and runs the plain-Java pipeline on them. */
public final class Fixtures {

    public static final List<String> SEEDS = List.of("seeds/000_67ad9120401995df.txt", "seeds/001_2248b182bfc2b647.txt",
            "seeds/002_18073169071f57e8.txt");

    public static String read(String resource) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException(resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // The production wiring (one analyzer per thread, reused), so benchmarks measure what the service does.
    private static final TextPipeline PIPELINE = new TextPipeline();

    public record Result(ParsedArticle article, List<AnalyzedSentence> sentences, List<MentionRef> mentions, List<Claim> claims) {
    }

    public static Result run(String text, String outlet, String date) {
        ParsedArticle a = new ArticleParser().parse(text, "");
        List<AnalyzedSentence> sentences = PIPELINE.analyze(a.text(), a.bodyRanges(), date == null ? "" : date);
        var candidates = new MentionCandidateFinder(Lexicon.english()).find(a.text(), sentences);
        List<MentionRef> mentions = new GazetteerResolver().resolve(a.text(), candidates);
        List<Claim> claims = new ClaimExtractor(Lexicon.english())
                .extract(sentences, new ClaimExtractor.Document(a.text(), outlet, date, mentions));
        return new Result(a, sentences, mentions, claims);
    }

    private Fixtures() {
    }
}
