package dossier.source.service;

import dossier.support.grpc.Echo;

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
import dossier.support.paging.Page;
import dossier.support.paging.PageToken;

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
        return repository.findById(id.strip()).orElseThrow(() -> new SourceNotFoundException("source " + Echo.of(id) + " does not exist"));
    }

    public List<StoredSource> list(String caseId) {
        if (caseId == null || caseId.isBlank()) {
            throw new InvalidSourceException("case_id is required");
        }
        return repository.listByCase(caseId.strip());
    }

    /** A page of ListSources when page_size is 0. */
    public static final int SOURCES_PAGE = 100;
    /** A page of ListClaims when page_size is 0. */
    public static final int CLAIMS_PAGE = 1000;
    /** Sources read from the store at a time while a page of claims fills. */
    private static final int READ_AHEAD = 50;

    /**
     * One page of a case's sources in the order they were added; the token is the id of the last
     * source of the page (sources are only ever appended, so the order is stable across pages).
     */
    public Page<StoredSource> list(String caseId, int pageSize, String pageToken) {
        String c = requireCase(caseId);
        int size = PageToken.pageSize(pageSize, SOURCES_PAGE);
        List<String> ids = repository.sourceIds(c);
        List<String> request = List.of("sources", c);
        int from = pageToken == null || pageToken.isEmpty() ? 0 : after(ids, PageToken.decode(pageToken, request, 1).get(0));
        int to = Math.min(ids.size(), from + size);
        String next = to < ids.size() ? PageToken.encode(List.of("sources", c, ids.get(to - 1))) : "";
        return new Page<>(repository.findByIds(ids.subList(from, to)), next);
    }

    /**
     * One page of claims in document order, sources oldest first, optionally of one source and one
     * type; the token is the source and the number of its (matching) claims already given.
     */
    public Page<Claim> claims(String caseId, String sourceId, ClaimType type, int pageSize, String pageToken) {
        int size = PageToken.pageSize(pageSize, CLAIMS_PAGE);
        String c = caseId == null ? "" : caseId.strip();
        String one = sourceId == null ? "" : sourceId.strip();
        List<String> ids = one.isEmpty() ? repository.sourceIds(requireCase(c)) : List.of(sourceOf(c, one).source().id());
        List<String> request = List.of("claims", c, one, type == null ? "" : type.name());
        int from = 0;
        int skip = 0;
        if (pageToken != null && !pageToken.isEmpty()) {
            List<String> cursor = PageToken.decode(pageToken, request, 2);
            from = after(ids, cursor.get(0)) - 1;
            skip = parseSkip(cursor.get(1));
        }
        List<Claim> out = new ArrayList<>();
        for (int i = from; i < ids.size(); i += READ_AHEAD) {
            for (StoredSource s : repository.findByIds(ids.subList(i, Math.min(ids.size(), i + READ_AHEAD)))) {
                List<Claim> matching = s.claims().stream().filter(cl -> type == null || cl.type() == type).toList();
                int k = s.source().id().equals(ids.get(from)) ? Math.min(skip, matching.size()) : 0;
                for (; k < matching.size(); k++) {
                    if (out.size() == size) {
                        return new Page<>(out, PageToken.encode(List.of("claims", c, one, request.get(3), s.source().id(), Integer.toString(k))));
                    }
                    out.add(matching.get(k));
                }
            }
        }
        return new Page<>(out, "");
    }

    private static int after(List<String> ids, String last) {
        int at = ids.indexOf(last);
        if (at < 0) {
            throw new IllegalArgumentException("page_token is not one this service gave out for this case");
        }
        return at + 1;
    }

    private static int parseSkip(String s) {
        try {
            int k = Integer.parseInt(s);
            if (k >= 0) {
                return k;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException("page_token is not one this service gave out");
    }

    private static String requireCase(String caseId) {
        if (caseId == null || caseId.isBlank()) {
            throw new InvalidSourceException("case_id is required");
        }
        return caseId.strip();
    }

    private StoredSource sourceOf(String caseId, String sourceId) {
        StoredSource s = get(sourceId);
        if (!caseId.isEmpty() && !s.source().caseId().equals(caseId)) {
            throw new SourceNotFoundException("source " + Echo.of(sourceId) + " is not in case " + Echo.of(caseId));
        }
        return s;
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
