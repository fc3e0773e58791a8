package dossier.source.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import dossier.source.service.EvaluationOutbox;

/**
 * The outbox as one document per case, addressed by _id (the only index the embedded server uses):
 * {@code {_id: caseId, titles: [...], since, attempts, next, error}}. Small: only cases whose
 * evaluation is owed are in it, so {@link #due} scans it.
 */
@ApplicationScoped
public class MongoEvaluationOutbox implements EvaluationOutbox {

    static final String OUTBOX = "evaluation_outbox";

    @Inject
    MongoDatabase db;

    @Inject
    DurableWrites durable = DurableWrites.ALREADY;

    /** Outside CDI (tests). */
    public static MongoEvaluationOutbox on(MongoDatabase db, DurableWrites durable) {
        MongoEvaluationOutbox o = new MongoEvaluationOutbox();
        o.db = db;
        o.durable = durable;
        return o;
    }

    private MongoCollection<Document> outbox() {
        return db.getCollection(OUTBOX);
    }

    @Override
    public void add(String caseId, String title) {
        Date now = new Date();
        outbox().updateOne(Filters.eq("_id", caseId),
                Updates.combine(Updates.push("titles", title), Updates.setOnInsert("since", now),
                        Updates.setOnInsert("attempts", 0), Updates.setOnInsert("next", now)),
                new UpdateOptions().upsert(true));
        durable.commit();
    }

    @Override
    public Optional<Pending> of(String caseId) {
        return Optional.ofNullable(outbox().find(Filters.eq("_id", caseId)).first()).map(MongoEvaluationOutbox::pending);
    }

    @Override
    public void done(String caseId, List<String> titles) {
        // compare-and-set on the whole list, so that a title pushed by an ingest in between is kept;
        // one title at a time, not $pullAll, which would take out both of two sources with one headline
        for (int attempt = 0; attempt < 10; attempt++) {
            Document d = outbox().find(Filters.eq("_id", caseId)).first();
            if (d == null) {
                return;
            }
            List<String> before = d.getList("titles", String.class, List.of());
            List<String> left = new ArrayList<>(before);
            titles.forEach(left::remove);
            var unchanged = Filters.and(Filters.eq("_id", caseId), Filters.eq("titles", before));
            long matched = left.isEmpty()
                    ? outbox().deleteOne(unchanged).getDeletedCount()
                    : outbox().updateOne(unchanged, Updates.combine(Updates.set("titles", left), Updates.set("attempts", 0),
                            Updates.unset("error"))).getMatchedCount();
            if (matched > 0) {
                durable.commit();
                return;
            }
        }
        // ingests kept adding to the case: what stays owed is evaluated by the next round anyway
    }

    @Override
    public void failed(String caseId, String error, Instant nextAttempt) {
        outbox().updateOne(Filters.eq("_id", caseId), Updates.combine(Updates.inc("attempts", 1),
                Updates.set("next", Date.from(nextAttempt)), Updates.set("error", error)));
        durable.commit();
    }

    @Override
    public List<Pending> due(Instant now) {
        List<Pending> out = new ArrayList<>();
        outbox().find(Filters.lte("next", Date.from(now))).forEach(d -> out.add(pending(d)));
        return out;
    }

    private static Pending pending(Document d) {
        return new Pending(d.getString("_id"), List.copyOf(d.getList("titles", String.class, List.of())),
                d.getDate("since").toInstant(), d.getInteger("attempts", 0), d.getDate("next").toInstant(), d.getString("error"));
    }
}
