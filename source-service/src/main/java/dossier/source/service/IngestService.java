package dossier.source.service;

import dossier.support.grpc.Echo;

import dossier.support.audit.AuditAction;
import dossier.support.audit.AuditTrail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.types.ObjectId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import dossier.source.client.CaseDirectory;
import dossier.source.client.EntityResolver;
import dossier.source.domain.Claim;
import dossier.source.domain.MentionCandidate;
import dossier.source.domain.MentionRef;
import dossier.source.domain.Source;
import dossier.source.domain.SourceNotFoundException;
import dossier.source.extraction.ClaimExtractor;
import dossier.source.nlp.AnalyzedSentence;
import dossier.source.nlp.LanguageIdentifier;
import dossier.source.nlp.Token;
import dossier.source.parsing.ContentHasher;
import dossier.source.parsing.ParsedArticle;
import dossier.source.repository.SourceRepository;
import dossier.source.repository.StoredSource;
import dossier.source.search.SearchTerms;
import dossier.support.grpc.CallBudget;

/**
 * Ingests one article: validate, check the case, parse, resolve mentions, extract claims, store
 * the source with its claims in one write, then ask for the case's re-evaluation (in the background).
 * Every check and every call to another service happens before the write, so a failure leaves
 * nothing behind. The work runs within the caller's deadline and at most {@code max-analysis-time}
 * ({@link CallBudget}, checked between its steps and its batches of sentences): a call given up on
 * stores nothing.
 */
@ApplicationScoped
public class IngestService {
    @Inject
    AuditTrail audit;

    @Inject
    CaseDirectory cases;

    @Inject
    EntityResolver entities;

    @Inject
    SourceRepository repository;

    @Inject
    TextPipeline pipeline;

    @Inject
    Reevaluation reevaluation;

    @Inject
    AnalysisThreads analysisThreads;

    @Inject
    NearCopies nearCopies;

    @ConfigProperty(name = "dossier.source.max-bytes", defaultValue = "5242880")
    long maxBytes;

    @ConfigProperty(name = "dossier.source.max-analysis-time", defaultValue = "120s")
    java.time.Duration maxAnalysisTime;

    public IngestResult ingest(IngestCommand cmd) {
        CallBudget budget = CallBudget.ofCall(maxAnalysisTime);
        String input = new IngestValidator(maxBytes).text(cmd);
        String published = IngestValidator.publishedDate(cmd.publishedDate());
        String caseId = cmd.caseId().strip();
        if (!cases.exists(caseId)) {
            throw new SourceNotFoundException("case " + Echo.of(caseId) + " does not exist");
        }
        String text = pipeline.markup().toPlainText(input, cmd.contentType());
        IngestValidator.hasWords(text);
        budget.check("parsing the article");
        String hash = ContentHasher.sha256(text);
        var existing = repository.findByHash(caseId, hash);
        if (existing.isPresent()) {
            // owed again: this may be the retry of an ingest whose process died after storing the
            // source and before recording the evaluation owed (a duplicate costs one evaluation more)
            reevaluation.sourceAdded(caseId, existing.get().source().title());
            return new IngestResult(existing.get(), true);
        }
        ParsedArticle article = pipeline.parser().parse(text, cmd.title());
        budget.check("analysing the article");
        List<AnalyzedSentence> sentences = analysisThreads.run(() -> pipeline.analyze(text, article.bodyRanges(), published,
                () -> budget.check("analysing the rest of the article")), budget, "analysing the article");
        // time-ordered, as MongoDB's own ids: a new source goes to the right end of the _id B-tree
        // (MongoDB's and the embedded store's alike) instead of reading and rewriting a random page
        String sourceId = new ObjectId().toHexString();
        String language = pipeline.language().identify(article.body());
        boolean english = language.equals(LanguageIdentifier.ENGLISH);
        List<String> warnings = new ArrayList<>();
        if (!english) {
            // the rules and models are English: stored and searchable, but no mentions or claims
            warnings.add("language '" + language + "' detected: stored without mentions or claims (extraction is English only)");
        }
        List<MentionCandidate> candidates = english ? pipeline.candidates().find(text, sentences) : List.of();
        budget.check("resolving its mentions");
        List<MentionRef> mentions = candidates.isEmpty() ? List.of() : entities.resolve(sourceId, text, candidates);
        String outlet = cmd.outlet() == null ? "" : cmd.outlet().strip();
        List<Claim> extracted = english ? pipeline.extractor()
                .extract(sentences, new ClaimExtractor.Document(text, outlet, published, mentions)) : List.of();
        List<Claim> claims = new ArrayList<>();
        for (Claim c : extracted) {
            claims.add(c.withIds(UUID.randomUUID().toString(), caseId, sourceId));
        }
        Set<String> partyCountries = new LinkedHashSet<>();
        mentions.forEach(m -> partyCountries.addAll(m.countries()));
        pipeline.datelineCheck().check(article.dateline(), article.body(), partyCountries).ifPresent(warnings::add);
        String nearCopyOf = nearCopies.of(caseId, article.body());
        if (!nearCopyOf.isEmpty()) {
            warnings.add("nearly copies source " + nearCopyOf + ": it is not independent evidence");
        }
        Source source = new Source(sourceId, caseId, article.title(), text, article.body(), outlet,
                cmd.url() == null ? "" : cmd.url().strip(), published, article.byline(), article.dateline(),
                article.credits(), hash, Instant.now().toString(), warnings, mentions, claims.size(),
                language, nearCopyOf);
        List<Token> tokens = new ArrayList<>(pipeline.tokens(article.title()));
        sentences.forEach(s -> tokens.addAll(s.tokens()));
        Map<String, Integer> terms = SearchTerms.count(tokens);
        budget.check("storing the source");
        try {
            repository.insert(source, claims, terms);
        } catch (SourceRepository.DuplicateContentException e) {
            // the same text arrived concurrently: the first write wins
            return new IngestResult(repository.findByHash(caseId, hash).orElseThrow(), true);
        }
        audit.record(AuditAction.SOURCE_INGEST, "source:" + sourceId, "", AuditTrail.json(Map.of("case_id", caseId,
                "title", source.title(), "url", source.url(), "content_sha256", hash, "claims", claims.size())), "");
        // the comparison of the case is not recomputed here: ListConflicts computes it on every read
        reevaluation.sourceAdded(caseId, source.title());
        return new IngestResult(new StoredSource(source, claims), false);
    }
}
