package dossier.source.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOptions;

import dossier.source.cache.LruMap;
import dossier.source.config.MongoClientProducer;
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
    static final String META = "search_meta";
    private static final String MEMBERS_READY = "case-sources-v1";
    // a source's search terms and their counts, index for index
    static final String TERM_LIST = "termList";
    static final String TERM_FREQ = "termFreq";
    // earlier layouts: a {t, n} document per term; before that a multikey "terms" array
    private static final String LEGACY_TERM_COUNTS = "termCounts";
    private static final Bson WITHOUT_TERMS = Projections.exclude("terms", LEGACY_TERM_COUNTS, TERM_LIST, TERM_FREQ);

    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Inject
    MongoDatabase db;

    @Inject
    DurableWrites durable = DurableWrites.ALREADY;

    @ConfigProperty(name = "dossier.mongo.url")
    Optional<String> mongoUrl = Optional.empty();

    /**
     * Sources a reply carries when they are read by id. EMBEDDED-MONGO: the embedded server puts
     * every match into its first reply (MongoDB ends a batch at 16 MiB) and the driver refuses a
     * reply over 48 MB, which a few hundred sources reach; two documents of at most 16 MiB always
     * fit. On MongoDB the server's own batches are kept (0).
     */
    static final int EMBEDDED_READ_BATCH = 2;
    private int readBatch;

    private CaseMembers members;
    /**
     * Sources already read and decoded, by id. A stored source never changes, so an entry is never
     * stale on any replica. A source leaves a case by leaving the case's id list (CaseMembers);
     * search results are checked against the stored sources (findByIds).
     */
    private final Map<String, StoredSource> decoded = LruMap.of(1_000);
    private CaseTermIndex termIndex;

    /** Thrown when the (case, content hash) pair is already stored: someone ingested the same text concurrently. */
    public static class DuplicateContentException extends RuntimeException {
        public DuplicateContentException() {
            super("duplicate content");
        }
    }

    @PostConstruct
    void indexes() {
        readBatch = MongoClientProducer.usesMongoDb(mongoUrl) ? 0 : EMBEDDED_READ_BATCH;
        MongoCollection<Document> c = sources();
        c.createIndex(Indexes.ascending("caseId", "contentHash"), new IndexOptions().unique(true).name("case_hash"));
        // EMBEDDED-MONGO: the embedded server accepts but ignores non-unique secondary indexes
        // (it scans); MongoDB uses them. Queries are the same either way.
        c.createIndex(Indexes.ascending("caseId", "seq"), new IndexOptions().name("case_order"));
        // EMBEDDED-MONGO: no $text index on the embedded server: search uses CaseTermIndex (held in
        // memory, kept in step with MongoDB by _id reads); terms are folded (lower case, no accents)
        // before they are stored and queried because the embedded server ignores collation
        members = new CaseMembers(db);
        termIndex = new CaseTermIndex(this::termCountsOf);
        listSourcesStoredBefore();
    }

    /**
     * Sources stored before the case id lists existed are added to them once; a marker records
     * that it is done. Replicas starting together may both do it: $addToSet is idempotent.
     */
    private void listSourcesStoredBefore() {
        MongoCollection<Document> meta = db.getCollection(META);
        if (meta.find(Filters.eq("_id", MEMBERS_READY)).first() != null) {
            return;
        }
        List<Document> stored = new ArrayList<>();
        sources().find().projection(Projections.include("caseId", "seq")).forEach(stored::add);
        // in ingest order: the list's order is the case's order
        stored.sort(Comparator.comparingLong(d -> d.get("seq", Number.class).longValue()));
        for (Document d : stored) {
            members.add(d.getString("caseId"), d.getString("_id"));
        }
        meta.replaceOne(Filters.eq("_id", MEMBERS_READY), new Document("_id", MEMBERS_READY), new ReplaceOptions().upsert(true));
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
        // two parallel arrays, not a {t, n} document per term: some 500 fewer nested documents a
        // source for the server to decode, store and (embedded H2) serialise on every page write
        doc.put(TERM_LIST, new ArrayList<>(terms.keySet()));
        doc.put(TERM_FREQ, new ArrayList<>(terms.values()));
        // the case's id list first: the source becomes visible (in lists and search) only with its insertOne
        members.add(source.caseId(), source.id());
        try {
            sources().insertOne(doc);
        } catch (RuntimeException e) {
            removeMemberQuietly(source, e);
            if (e instanceof MongoWriteException w && w.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new DuplicateContentException();
            }
            throw e;
        }
        // the source is on disk before the ingest is answered
        durable.commit();
    }

    private void removeMemberQuietly(Source source, RuntimeException cause) {
        try {
            members.remove(source.caseId(), source.id());
        } catch (RuntimeException e) {
            // harmless if it stays: readers skip ids without a source document
            cause.addSuppressed(e);
        }
    }

    public Optional<StoredSource> findById(String id) {
        return Optional.ofNullable(sources().find(Filters.eq("_id", id)).projection(WITHOUT_TERMS)
                .first()).map(this::toStored);
    }

    public Optional<StoredSource> findByHash(String caseId, String hash) {
        // EMBEDDED-MONGO: exactly the keys of the unique index as a plain document (no $and): the
        // embedded server then answers from that index instead of scanning
        return Optional.ofNullable(sources().find(new Document("caseId", caseId).append("contentHash", hash))
                .projection(WITHOUT_TERMS).first()).map(this::toStored);
    }

    /**
     * Sources of a case, oldest first (the order in which their ids joined the case's list).
     * EMBEDDED-MONGO: read by _id through the case's id list, because the embedded server would
     * scan every source of every case for {caseId: X}; H2 also deserialises a whole source to read
     * any field of it, so sources already decoded are not read again.
     */
    public List<StoredSource> listByCase(String caseId) {
        // in the order the ids joined the case; sources decoded before come from memory
        return decode(members.of(caseId));
    }

    /** The ids of a case's sources in ingest order; may name a source whose insert failed or that was deleted. */
    public List<String> sourceIds(String caseId) {
        return members.of(caseId);
    }

    /** The bodies of these sources (id → body; ids without a source are left out). */
    public Map<String, String> bodies(Collection<String> ids) {
        Map<String, String> out = new HashMap<>();
        for (Document d : byIds(ids, Projections.include("body"))) {
            out.put(d.getString("_id"), d.getString("body"));
        }
        return out;
    }

    public long count(String caseId) {
        return caseId == null ? sources().countDocuments() : sources().countDocuments(Filters.eq("caseId", caseId));
    }

    private static Map<String, Integer> termCounts(Document d) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<String> terms = d.getList(TERM_LIST, String.class);
        if (terms != null) {
            List<Integer> freqs = d.getList(TERM_FREQ, Integer.class, List.of());
            for (int i = 0; i < terms.size() && i < freqs.size(); i++) {
                counts.put(terms.get(i), freqs.get(i));
            }
            return counts;
        }
        // sources stored before the parallel arrays: a {t, n} document per term
        for (Document tc : d.getList(LEGACY_TERM_COUNTS, Document.class, List.of())) {
            counts.put(tc.getString("t"), tc.getInteger("n"));
        }
        return counts;
    }

    /** The id of a matching source, its term counts and its length in terms: what ranking needs. */
    public record TermHit(String id, Map<String, Integer> counts, int length) {
    }

    /**
     * Sources containing every query word (each word given as alternative forms), from the
     * in-memory postings brought in step with the stored sources first. The ids may include a
     * source deleted since: callers read the returned sources with {@link #findByIds}, which skips them.
     * EMBEDDED-MONGO: no $text and no usable multikey index; ranking is done by the caller from
     * these counts, not with {$meta: "textScore"}.
     */
    public List<TermHit> findByTerms(List<Set<String>> words, String caseId) {
        Map<String, List<String>> idsByCase = caseId != null && !caseId.isBlank()
                ? Map.of(caseId.strip(), members.of(caseId.strip())) : members.all();
        List<TermHit> out = new ArrayList<>();
        idsByCase.forEach((c, ids) -> out.addAll(termIndex.search(c, ids, words)));
        return out;
    }

    /** The stored term counts of these sources (ids without a source document are left out). */
    private Map<String, Map<String, Integer>> termCountsOf(Collection<String> ids) {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        for (Document d : byIds(ids, Projections.include(TERM_LIST, TERM_FREQ, LEGACY_TERM_COUNTS))) {
            out.put(d.getString("_id"), termCounts(d));
        }
        return out;
    }

    /** The sources with these ids, in the order of the ids (unknown ids are skipped). */
    public List<StoredSource> findByIds(List<String> ids) {
        Set<String> existing = new HashSet<>();
        for (Document d : sources().find(Filters.in("_id", ids)).projection(Projections.include("_id"))) {
            existing.add(d.getString("_id"));
        }
        return decode(ids.stream().filter(existing::contains).toList());
    }

    /** Sources known to exist, in the order given: from memory when decoded before, else read. */
    private List<StoredSource> decode(List<String> ids) {
        Map<String, StoredSource> byId = new HashMap<>();
        List<String> unseen = new ArrayList<>();
        for (String id : ids) {
            StoredSource known = decoded.get(id);
            if (known != null) {
                byId.put(id, known);
            } else {
                unseen.add(id);
            }
        }
        if (!unseen.isEmpty()) {
            for (Document d : byIds(unseen, WITHOUT_TERMS)) {
                String id = d.getString("_id");
                StoredSource s = toStored(d);
                decoded.put(id, s);
                byId.put(id, s);
            }
        }
        return ids.stream().filter(byId::containsKey).map(byId::get).toList();
    }

    /** The sources with these ids (in no particular order), in replies of a size both servers can send. */
    private FindIterable<Document> byIds(Collection<String> ids, Bson projection) {
        return sources().find(Filters.in("_id", ids)).projection(projection).batchSize(readBatch);
    }

    /** EMBEDDED-MONGO: both servers answer "ping"; the embedded one ignores read/write concerns. */
    public void ping() {
        db.runCommand(new Document("ping", 1));
    }

    // objects to documents and back through Jackson's token buffer: no JSON text in between
    @SuppressWarnings("unchecked")
    private Document toDocument(Object value) {
        return new Document(json.convertValue(value, Map.class));
    }

    private StoredSource toStored(Document d) {
        try {
            List<Claim> claims = new ArrayList<>();
            for (Document c : d.getList("claims", Document.class, List.of())) {
                claims.add(json.convertValue(c, Claim.class));
            }
            d.remove("claims");
            d.remove("_id");
            return new StoredSource(json.convertValue(d, Source.class), claims);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("a stored source cannot be read back", e);
        }
    }
}
