package dossier.source.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dossier.source.domain.Source;

/**
 * A case whose sources together exceed the driver's 48 MB reply limit is still read whole by a
 * repository that has decoded none of them yet (after a restart): reads by id go in batches.
 */
class LargeCaseReadTest {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private MongoClient client;

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void aCaseLargerThanOneReplyIsListedSearchedAndFoundAfterARestart() {
        server.bind("127.0.0.1", 0);
        client = MongoClients.create(server.getConnectionString());
        MongoDatabase db = client.getDatabase("dossier");
        SourceRepository writer = Repositories.on(db);
        // 400 sources of some 130 KB each: 52 MB, more than one 48 MB reply can carry
        String body = "The tanker moved oil to the port. ".repeat(1_900);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String id = "s" + i;
            ids.add(id);
            writer.insert(new Source(id, "case-1", "Title " + i, body, body, "Outlet", "", "2024-02-20", "", "", List.of(),
                    "hash-" + i, "2024-02-20T00:00:00Z", List.of(), List.of(), 0, "en", ""), List.of(), Map.of("tanker", 1, "oil", 1));
        }

        SourceRepository restarted = Repositories.on(db);
        assertThat(restarted.listByCase("case-1")).extracting(s -> s.source().id()).containsExactlyElementsOf(ids);
        SourceRepository searching = Repositories.on(db);
        assertThat(searching.findByTerms(List.of(Set.of("tanker")), "case-1")).hasSize(400);
        assertThat(searching.findByIds(ids.reversed())).extracting(s -> s.source().id()).containsExactlyElementsOf(ids.reversed());
        assertThat(Repositories.on(db).bodies(ids)).hasSize(400);
    }
}
