package dossier.source.repository;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

/**
 * The source ids of each case, one document per case addressed by _id, so that the sources of a
 * case are read by _id rather than by a query on caseId.
 *
 * EMBEDDED-MONGO: the embedded server serves only queries on _id (or on all keys of a unique
 * index) from an index and scans every document for anything else; {caseId: X} would decode every
 * source of every case.
 *
 * An id is added before the source document is inserted (idempotent $addToSet), so it can name a
 * source whose insert failed: readers keep only the ids whose source document exists (the source's
 * single insertOne is what makes it visible), and the writer takes the id out again on failure.
 */
final class CaseMembers {

    static final String CASE_SOURCES = "case_sources";

    private final MongoDatabase db;

    CaseMembers(MongoDatabase db) {
        this.db = db;
    }

    private MongoCollection<Document> cases() {
        return db.getCollection(CASE_SOURCES);
    }

    void add(String caseId, String sourceId) {
        cases().updateOne(Filters.eq("_id", caseId), Updates.addToSet("s", sourceId), new UpdateOptions().upsert(true));
    }

    void remove(String caseId, String sourceId) {
        cases().updateOne(Filters.eq("_id", caseId), Updates.pull("s", sourceId));
    }

    /** The ids of a case's sources (may include ids without a source document). */
    List<String> of(String caseId) {
        Document d = cases().find(Filters.eq("_id", caseId)).first();
        return d == null ? List.of() : d.getList("s", String.class, List.of());
    }

    /** Every case with its source ids. */
    Map<String, List<String>> all() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Document d : cases().find()) {
            out.put(d.getString("_id"), new ArrayList<>(d.getList("s", String.class, List.of())));
        }
        return out;
    }
}
