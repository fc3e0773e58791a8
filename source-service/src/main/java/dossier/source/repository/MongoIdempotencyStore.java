package dossier.source.repository;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import dossier.support.idempotency.ClientRequest;
import dossier.support.idempotency.FirstResponse;
import dossier.support.idempotency.IdempotencyStore;
import dossier.support.idempotency.RequestIdTakenException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.types.Binary;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * source-service's client request ids in the collection {@value #COLLECTION}, one document per id
 * with {@code ClientRequest.key()} as its {@code _id} (the unique index every MongoDB collection
 * has, the embedded server's too). No transactions here: the id is claimed with an insert before
 * the work (a racing call's insert fails on the key and it waits for the answer), the answer is
 * set when the work is done, and a claim whose work failed is deleted so that a retry runs again.
 * A claim left by a process that died is taken over after {@code dossier.idempotency.stale-claim}:
 * while its work runs, the claim's time is renewed every {@code dossier.idempotency.heartbeat}, so a
 * claim not renewed for longer than that is one whose process was killed mid-call (its retry then
 * runs after that short while, not after the ten minutes a claim without heartbeat would need).
 */
@ApplicationScoped
public class MongoIdempotencyStore implements IdempotencyStore {
    static final String COLLECTION = "client_requests";

    @Inject
    MongoDatabase db;
    @Inject
    DurableWrites durable;
    @ConfigProperty(name = "dossier.idempotency.heartbeat", defaultValue = "PT10S")
    Duration heartbeat;

    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("client-request-heartbeat").factory());

    @PostConstruct
    void indexes() {
        // for purge(); EMBEDDED-MONGO: the embedded server accepts but ignores it (it scans)
        ids().createIndex(Indexes.ascending("at"), new IndexOptions().name("client_request_at"));
    }

    private MongoCollection<Document> ids() {
        return db.getCollection(COLLECTION);
    }

    @Override
    public Optional<FirstResponse> find(ClientRequest request) {
        Document d = ids().find(Filters.eq("_id", request.key())).first();
        if (d == null) {
            return Optional.empty();
        }
        Binary response = d.get("response", Binary.class);
        return Optional.of(new FirstResponse(d.getString("fingerprint"), response == null ? null : response.getData(),
                d.getDate("at").toInstant()));
    }

    @Override
    public <T> T firstRun(ClientRequest request, Supplier<T> work, Function<T, byte[]> keep) {
        try {
            ids().insertOne(new Document("_id", request.key()).append("caller", request.caller())
                    .append("operation", request.operation()).append("requestId", request.id())
                    .append("fingerprint", request.fingerprint()).append("at", new Date()));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new RequestIdTakenException(e);
            }
            throw e;
        }
        ScheduledFuture<?> beat = heartbeats.scheduleAtFixedRate(() -> renew(request), heartbeat.toMillis(), heartbeat.toMillis(),
                TimeUnit.MILLISECONDS);
        T out;
        try {
            out = work.get();
        } catch (RuntimeException | Error e) {
            beat.cancel(false);
            ids().deleteOne(Filters.eq("_id", request.key())); // nothing was done: a retry runs it again
            throw e;
        }
        beat.cancel(false);
        ids().updateOne(Filters.eq("_id", request.key()), Updates.set("response", new Binary(keep.apply(out))));
        durable.commit();
        return out;
    }

    /** The claim is still being worked on (only while it has no answer). */
    private void renew(ClientRequest request) {
        try {
            ids().updateOne(Filters.and(Filters.eq("_id", request.key()), Filters.exists("response", false)),
                    Updates.set("at", new Date()));
        } catch (RuntimeException e) {
            // the next beat tries again; a claim not renewed at all is taken over after stale-claim
        }
    }

    @PreDestroy
    void stop() {
        heartbeats.shutdownNow();
    }

    @Override
    public void abandon(ClientRequest request, Instant claimedAt) {
        ids().deleteOne(Filters.and(Filters.eq("_id", request.key()), Filters.eq("at", Date.from(claimedAt)),
                Filters.exists("response", false)));
    }

    @Override
    public long purge(Instant before) {
        long n = ids().deleteMany(Filters.lt("at", Date.from(before))).getDeletedCount();
        durable.commit();
        return n;
    }
}
