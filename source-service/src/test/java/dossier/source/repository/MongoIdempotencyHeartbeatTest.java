package dossier.source.repository;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dossier.support.idempotency.ClientRequest;
import dossier.support.idempotency.FirstResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A claimed client request id is renewed while its work runs, so that a claim that is not renewed
 * (its process was killed mid-call) can be told apart soon and taken over by a retry.
 */
class MongoIdempotencyHeartbeatTest {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private MongoClient client;

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    private MongoIdempotencyStore store() {
        server.bind("127.0.0.1", 0);
        client = MongoClients.create(server.getConnectionString());
        MongoIdempotencyStore store = new MongoIdempotencyStore();
        store.db = client.getDatabase("dossier");
        store.durable = DurableWrites.ALREADY;
        store.heartbeat = Duration.ofMillis(200);
        return store;
    }

    @Test
    void aClaimIsRenewedWhileItsWorkRunsAndNotAfterItsAnswer() throws Exception {
        MongoIdempotencyStore store = store();
        ClientRequest request = new ClientRequest("analyst", "dossier.source.v1.IngestSourceRequest", "id-1", "fingerprint");
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> store.firstRun(request, () -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "answer";
        }, s -> s.getBytes(StandardCharsets.UTF_8)));

        Instant claimed = awaitClaim(store, request).at();
        Thread.sleep(1_500); // several beats of 200 ms
        FirstResponse running = store.find(request).orElseThrow();
        assertThat(running.done()).isFalse();
        assertThat(running.at()).isAfter(claimed.plusMillis(300));

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("answer");
        Instant answeredAt = store.find(request).orElseThrow().at();
        Thread.sleep(600);
        FirstResponse answered = store.find(request).orElseThrow();
        assertThat(answered.done()).isTrue();
        assertThat(answered.at()).isEqualTo(answeredAt);
        store.stop();
    }

    private static FirstResponse awaitClaim(MongoIdempotencyStore store, ClientRequest request) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            var claim = store.find(request);
            if (claim.isPresent()) {
                return claim.get();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no claim written");
    }
}
