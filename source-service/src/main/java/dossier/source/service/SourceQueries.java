package dossier.source.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dossier.source.comparison.ComparisonResult;
import dossier.source.domain.Claim;
import dossier.source.domain.ClaimType;
import dossier.source.domain.InvalidSourceException;
import dossier.source.domain.SourceNotFoundException;
import dossier.source.repository.SourceRepository;
import dossier.source.repository.StoredSource;
import dossier.source.search.SearchTerms;
import dossier.source.search.Snippets;

/** Reads: sources, claims, the comparison of a case, full-text search. */
@ApplicationScoped
public class SourceQueries {

    @Inject
    SourceRepository repository;

    @Inject
    TextPipeline pipeline;

    public StoredSource get(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidSourceException("id is required");
        }
        return repository.findById(id.strip()).orElseThrow(() -> new SourceNotFoundException("source " + id + " does not exist"));
    }

    public List<StoredSource> list(String caseId) {
        if (caseId == null || caseId.isBlank()) {
            throw new InvalidSourceException("case_id is required");
        }
        return repository.listByCase(caseId.strip());
    }

    /** Claims in document order, sources oldest first; optionally of one source and one type. */
    public List<Claim> claims(String caseId, String sourceId, ClaimType type) {
        List<StoredSource> sources;
        if (sourceId != null && !sourceId.isBlank()) {
            StoredSource s = get(sourceId);
            if (caseId != null && !caseId.isBlank() && !s.source().caseId().equals(caseId.strip())) {
                throw new SourceNotFoundException("source " + sourceId + " is not in case " + caseId);
            }
            sources = List.of(s);
        } else {
            sources = list(caseId);
        }
        List<Claim> out = new ArrayList<>();
        for (StoredSource s : sources) {
            for (Claim c : s.claims()) {
                if (type == null || c.type() == type) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** Recomputes the comparison over all claims of the case (on every read; it is not stored). */
    public ComparisonResult compare(String caseId) {
        List<StoredSource> sources = list(caseId);
        List<Claim> claims = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        Map<String, String> copies = new HashMap<>();
        for (StoredSource s : sources) {
            claims.addAll(s.claims());
            if (!s.source().nearCopyOf().isEmpty()) {
                copies.put(s.source().id(), s.source().nearCopyOf());
            }
            String label = !s.source().outlet().isBlank() ? s.source().outlet() : s.source().title();
            labels.put(s.source().id(), label);
        }
        return pipeline.comparator().compare(caseId.strip(), claims, labels, copies);
    }

    public record Hit(StoredSource source, double score, String snippet) {
    }

    public List<Hit> search(String query, String caseId, int limit) {
        if (query == null || query.isBlank()) {
            throw new InvalidSourceException("query is required");
        }
        int max = limit <= 0 ? 20 : Math.min(limit, 200);
        List<Set<String>> words = SearchTerms.queryWords(pipeline.tokens(query.strip()));
        if (words.isEmpty()) {
            throw new InvalidSourceException("query has no words to search for");
        }
        Map<String, Double> scores = new HashMap<>();
        for (SourceRepository.TermHit h : repository.findByTerms(words, caseId)) {
            double score = 0;
            for (Set<String> forms : words) {
                score += forms.stream().mapToInt(f -> h.counts().getOrDefault(f, 0)).max().orElse(0);
            }
            // term frequency, damped by length so long texts do not win by size alone
            score = score / Math.sqrt(Math.max(1, h.length()) / 100.0 + 1);
            scores.put(h.id(), Math.round(score * 1000) / 1000.0);
        }
        // rank on the counts alone, then read only the sources that are returned
        List<String> ranked = scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        Set<String> surface = new LinkedHashSet<>(List.of(query.strip().split("\\s+")));
        List<Hit> hits = new ArrayList<>();
        // an id without a source (its insert failed after the postings were written) is skipped,
        // and the next ranked ids are read in its place
        for (int from = 0; hits.size() < max && from < ranked.size(); from += max) {
            for (StoredSource s : repository.findByIds(ranked.subList(from, Math.min(ranked.size(), from + max)))) {
                if (hits.size() < max) {
                    hits.add(new Hit(s, scores.get(s.source().id()), Snippets.around(s.source().text(), surface)));
                }
            }
        }
        return hits;
    }
}
