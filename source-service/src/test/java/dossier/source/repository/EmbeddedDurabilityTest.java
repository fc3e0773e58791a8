package dossier.source.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import dossier.source.domain.Source;

/**
 * EMBEDDED-MONGO: an insert the repository has returned from is in the H2 file at once, as a
 * process killed right after its reply would leave it: the file is copied while the store is still
 * open (no clean shutdown, H2's background commit a second away) and the copy holds the source.
 */
class EmbeddedDurabilityTest {

    @TempDir
    Path dir;

    private static Source source(String id) {
        String text = "A dealer shipped 12 excavators to a trading company.";
        return new Source(id, "case-1", "Title " + id, text, text, "Outlet", "", "2024-02-20", "", "", List.of(), "hash-" + id,
                "2024-02-20T00:00:00Z", List.of(), List.of(), 0, "en", "");
    }

    @Test
    void anAcknowledgedInsertIsInTheFileBeforeAnyBackgroundCommit() throws IOException {
        Path file = dir.resolve("source-mongo.mv");
        // as MongoClientProducer opens it, with H2's background commit a minute away so that only
        // the repository's own commit can have written the source
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        store.setAutoCommitDelay(60_000);
        MongoServer server = new MongoServer(new H2Backend(store));
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create(server.getConnectionString())) {
            SourceRepository repo = new SourceRepository();
            repo.db = client.getDatabase("dossier");
            repo.durable = store::commit;
            repo.indexes();
            repo.insert(source("s1"), List.of(), Map.of("excavator", 1));

            Path crashed = dir.resolve("crashed.mv");
            Files.copy(file, crashed);
            MongoServer after = new MongoServer(new H2Backend(crashed.toString()));
            after.bind("127.0.0.1", 0);
            try (MongoClient afterClient = MongoClients.create(after.getConnectionString())) {
                SourceRepository reread = new SourceRepository();
                reread.db = afterClient.getDatabase("dossier");
                reread.indexes();
                assertThat(reread.findById("s1")).as("the source survives the crash").isPresent();
                assertThat(reread.listByCase("case-1")).extracting(s -> s.source().id()).containsExactly("s1");
            } finally {
                after.shutdown();
            }
        } finally {
            server.shutdown();
        }
    }
}
