package dossier.source.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;

import dossier.source.domain.Claim;
import dossier.source.domain.Source;

/**
 * Sources in MongoDB, one document per source holding its mentions, its claims and its search
 * terms, so that a source is written whole or not at all (no multi-document transaction needed).
 *
 * EMBEDDED-MONGO: the embedded server has no multi-document transactions; a single insertOne is
 * atomic on both servers, which is why claims live inside the source document.
 */
@ApplicationScoped
public class SourceRepository {

    static final String SOURCES = "sources";
    static final String COMPARISONS = "case_comparisons";

    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Inject
    MongoDatabase db;

    /** Thrown when the (case, content hash) pair is already stored: someone ingested the same text concurrently. */
    public static class DuplicateContentException extends RuntimeException {
        public DuplicateContentException() {
            super("duplicate content");
        }
    }

    @PostConstruct
    void indexes() {
        MongoCollection<Document> c = sources();
        c.createIndex(Indexes.ascending("caseId", "contentHash"), new IndexOptions().unique(true).name("case_hash"));
        // EMBEDDED-MONGO: the embedded server accepts but ignores non-unique secondary indexes
        // (it scans); MongoDB uses them. Queries are the same either way.
        c.createIndex(Indexes.ascending("caseId", "seq"), new IndexOptions().name("case_order"));
        // EMBEDDED-MONGO: no $text index on the embedded server; a multikey index over a terms
        // array queried with $in/$all works the same on both servers
        // EMBEDDED-MONGO: the embedded server ignores collation, so terms are folded (lower case,
        // no accents) before they are stored and queried instead of relying on a collated index
        c.createIndex(Indexes.ascending("terms"), new IndexOptions().name("terms"));
    }

    private MongoCollection<Document> sources() {
        return db.getCollection(SOURCES);
    }

    public void insert(Source source, List<Claim> claims, Map<String, Integer> terms) {
        Document doc = toDocument(source);
        doc.put("_id", source.id());
        // an explicit ingest order: natural order differs between the embedded server and MongoDB
        // EMBEDDED-MONGO: natural (insertion) order is not relied on anywhere
        doc.put("seq", System.currentTimeMillis() * 1000 + (System.nanoTime() / 1000) % 1000);
        List<Document> claimDocs = new ArrayList<>();
        for (Claim c : claims) {
            claimDocs.add(toDocument(c));
        }
        doc.put("claims", claimDocs);
        doc.put("terms", new ArrayList<>(terms.keySet()));
        List<Document> counts = new ArrayList<>();
        terms.forEach((t, n) -> counts.add(new Document("t", t).append("n", n)));
        doc.put("termCounts", counts);
        try {
            sources().insertOne(doc);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new DuplicateContentException();
            }
            throw e;
        }
    }

    public Optional<StoredSource> findById(String id) {
        return Optional.ofNullable(sources().find(Filters.eq("_id", id)).projection(Projections.exclude("terms", "termCounts"))
                .first()).map(this::toStored);
    }

    public Optional<StoredSource> findByHash(String caseId, String hash) {
        return Optional.ofNullable(sources().find(Filters.and(Filters.eq("caseId", caseId), Filters.eq("contentHash", hash)))
                .projection(Projections.exclude("terms", "termCounts")).first()).map(this::toStored);
    }

    /** Sources of a case, oldest first. */
    public List<StoredSource> listByCase(String caseId) {
        List<StoredSource> out = new ArrayList<>();
        for (Document d : sources().find(Filters.eq("caseId", caseId)).projection(Projections.exclude("terms", "termCounts"))
                .sort(Sorts.ascending("seq"))) {
            out.add(toStored(d));
        }
        return out;
    }

    public long count(String caseId) {
        return caseId == null ? sources().countDocuments() : sources().countDocuments(Filters.eq("caseId", caseId));
    }

    /** The id of a matching source, its term counts and its length in terms: what ranking needs. */
    public record TermHit(String id, Map<String, Integer> counts, int length) {
    }

    /**
     * Sources containing every query word (each word given as alternative forms).
     * EMBEDDED-MONGO: ranking is done here from stored term counts, not with {$meta: "textScore"}.
     */
    public List<TermHit> findByTerms(List<Set<String>> words, String caseId) {
        List<Bson> filters = new ArrayList<>();
        for (Set<String> forms : words) {
            filters.add(forms.size() == 1 ? Filters.all("terms", forms) : Filters.in("terms", forms));
        }
        if (caseId != null && !caseId.isBlank()) {
            filters.add(Filters.eq("caseId", caseId));
        }
        List<TermHit> out = new ArrayList<>();
        // only the counts: texts and claims are read for the few hits that are returned (findByIds)
        for (Document d : sources().find(Filters.and(filters)).projection(Projections.include("termCounts"))) {
            Map<String, Integer> counts = new java.util.HashMap<>();
            int length = 0;
            for (Document tc : d.getList("termCounts", Document.class, List.of())) {
                counts.put(tc.getString("t"), tc.getInteger("n"));
                length += tc.getInteger("n");
            }
            out.add(new TermHit(d.getString("_id"), counts, length));
        }
        return out;
    }

    /** The sources with these ids, in the order of the ids (unknown ids are skipped). */
    public List<StoredSource> findByIds(List<String> ids) {
        Map<String, StoredSource> byId = new java.util.HashMap<>();
        for (Document d : sources().find(Filters.in("_id", ids)).projection(Projections.exclude("terms", "termCounts"))) {
            String id = d.getString("_id");
            byId.put(id, toStored(d));
        }
        return ids.stream().filter(byId::containsKey).map(byId::get).toList();
    }

    /** The last comparison of a case, kept so readers see what the last ingest found. */
    public void saveComparison(String caseId, Object comparison) {
        Document d = toDocument(comparison);
        d.put("_id", caseId);
        d.put("computedAt", java.time.Instant.now().toString());
        db.getCollection(COMPARISONS).replaceOne(Filters.eq("_id", caseId), d, new ReplaceOptions().upsert(true));
    }

    /** EMBEDDED-MONGO: both servers answer "ping"; the embedded one ignores read/write concerns. */
    public void ping() {
        db.runCommand(new Document("ping", 1));
    }

    private Document toDocument(Object value) {
        try {
            return Document.parse(json.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private StoredSource toStored(Document d) {
        try {
            List<Claim> claims = new ArrayList<>();
            for (Document c : d.getList("claims", Document.class, List.of())) {
                claims.add(json.readValue(c.toJson(), Claim.class));
            }
            d.remove("claims");
            d.remove("_id");
            return new StoredSource(json.readValue(d.toJson(), Source.class), claims);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored source cannot be read back", e);
        }
    }
}
