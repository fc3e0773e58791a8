package dossier.source.audit;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import dossier.source.repository.DurableWrites;
import dossier.support.audit.AuditChain;
import dossier.support.audit.AuditDraft;
import dossier.support.audit.AuditEntry;
import dossier.support.audit.AuditQuery;
import dossier.support.audit.AuditStore;
import dossier.support.audit.AuditVerification;
import dossier.support.audit.AuditVerifier;
import dossier.support.audit.ChainHead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * source-service's audit chain in MongoDB: one document per entry with the sequence as _id (unique,
 * so two writers can never both take a sequence: the loser of a race sees a duplicate key and
 * appends after the winner), and a head document with the last sequence and hash.
 *
 * <p>MongoDB writes here are not transactional (the embedded server has no transactions): the
 * entry is written right after the source it records, and a crash between the two leaves a source
 * without its entry. The head is written after the entry; an append first catches up past entries
 * the head does not know yet.
 */
@ApplicationScoped
public class MongoAuditStore implements AuditStore {

    static final String LOG = "audit_log";
    static final String HEAD = "audit_head";
    private static final int MAX_ATTEMPTS = 50;

    @Inject
    MongoDatabase db;
    @Inject
    DurableWrites durable;

    private MongoCollection<Document> log() {
        return db.getCollection(LOG);
    }

    @Override
    public synchronized AuditEntry append(AuditDraft draft) {
        ChainHead head = head();
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Document next;
            while ((next = log().find(Filters.eq("_id", (head == null ? 0 : head.sequence()) + 1)).first()) != null) {
                head = new ChainHead(next.getLong("_id"), next.getString("hash"));
            }
            AuditEntry entry = AuditChain.next(head, draft, Instant.now());
            try {
                log().insertOne(toDocument(entry));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                    continue; // another replica took this sequence: follow its entry
                }
                throw e;
            }
            moveHead(entry);
            durable.commit();
            return entry;
        }
        throw new IllegalStateException("the audit chain is too busy: no sequence free after " + MAX_ATTEMPTS + " attempts");
    }

    private void moveHead(AuditEntry entry) {
        try {
            db.getCollection(HEAD).replaceOne(Filters.and(Filters.eq("_id", "head"), Filters.lt("sequence", entry.sequence())),
                    new Document("_id", "head").append("sequence", entry.sequence()).append("hash", entry.hash()),
                    new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e; // a duplicate key: another writer moved the head past this entry already
            }
        }
    }

    private ChainHead head() {
        Document h = db.getCollection(HEAD).find(Filters.eq("_id", "head")).first();
        return h == null ? null : new ChainHead(h.getLong("sequence"), h.getString("hash"));
    }

    @Override
    public List<AuditEntry> page(AuditQuery q) {
        List<Bson> filters = new ArrayList<>(List.of(Filters.lt("_id", q.below())));
        if (q.target() != null) {
            filters.add(Filters.eq("target", q.target()));
        }
        if (q.since() != null) {
            filters.add(Filters.gte("at", Date.from(q.since())));
        }
        if (q.until() != null) {
            filters.add(Filters.lt("at", Date.from(q.until())));
        }
        List<AuditEntry> out = new ArrayList<>();
        log().find(Filters.and(filters)).sort(Sorts.descending("_id")).limit(q.pageSize()).forEach(d -> out.add(toEntry(d)));
        return out;
    }

    @Override
    public AuditVerification verify() {
        AuditVerifier verifier = new AuditVerifier();
        try (MongoCursor<Document> rows = log().find().sort(Sorts.ascending("_id")).iterator()) {
            while (rows.hasNext() && verifier.accept(toEntry(rows.next()))) {
                // checked one by one; stops at the first break
            }
        }
        return verifier.finish(head());
    }

    private static Document toDocument(AuditEntry e) {
        return new Document("_id", e.sequence()).append("at", Date.from(e.at())).append("actor", e.actor())
                .append("action", e.action()).append("target", e.target()).append("before", e.before())
                .append("after", e.after()).append("reason", e.reason()).append("previousHash", e.previousHash())
                .append("hash", e.hash());
    }

    private static AuditEntry toEntry(Document d) {
        return new AuditEntry(d.get("_id", Number.class).longValue(), d.getDate("at").toInstant(), d.getString("actor"),
                d.getString("action"), d.getString("target"), d.getString("before"), d.getString("after"),
                d.getString("reason"), d.getString("previousHash"), d.getString("hash"));
    }
}
