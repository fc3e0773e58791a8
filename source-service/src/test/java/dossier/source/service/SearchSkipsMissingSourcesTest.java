package dossier.source.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dossier.source.domain.Source;
import dossier.source.parsing.ContentHasher;
import dossier.source.repository.Repositories;
import dossier.source.repository.SourceRepository;
import dossier.source.search.SearchTerms;

/** A ranked source that no longer exists is skipped and the next ones fill the page. */
class SearchSkipsMissingSourcesTest {

    @Test
    void aDeletedTopHitIsReplacedByTheNextOne() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create(server.getConnectionString())) {
            SourceRepository repo = Repositories.on(client.getDatabase("dossier"));
            SourceQueries queries = new SourceQueries();
            queries.repository = repo;
            queries.pipeline = new TextPipeline();
            String[] texts = {"The tanker tanker tanker left port.", "A tanker docked.", "Another tanker sailed.", "No ship here."};
            for (int i = 0; i < texts.length; i++) {
                repo.insert(new Source("s" + i, "case-1", "T" + i, texts[i], texts[i], "Outlet", "", "2024-02-20", "", "", List.of(),
                        ContentHasher.sha256(texts[i]), Instant.now().toString(), List.of(), List.of(), 0, "en", ""),
                        List.of(), SearchTerms.count(queries.pipeline.tokens(texts[i])));
            }
            assertThat(queries.search("tanker", "case-1", 1)).extracting(h -> h.source().source().id()).containsExactly("s0");

            client.getDatabase("dossier").getCollection("sources").deleteOne(Filters.eq("_id", "s0"));

            assertThat(queries.search("tanker", "case-1", 1)).hasSize(1).noneMatch(h -> h.source().source().id().equals("s0"));
            assertThat(queries.search("tanker", "case-1", 2)).extracting(h -> h.source().source().id())
                    .containsExactlyInAnyOrder("s1", "s2");
            assertThat(queries.search("tanker", null, 20)).extracting(h -> h.source().source().id())
                    .containsExactlyInAnyOrder("s1", "s2");
        } finally {
            server.shutdownNow();
        }
    }
}
