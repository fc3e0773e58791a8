package dossier.source.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import dossier.source.domain.Claim;
import dossier.source.domain.ClaimArgument;
import dossier.source.domain.ClaimType;
import dossier.source.domain.Modality;
import dossier.source.domain.Source;
import dossier.source.domain.TextSpan;

/** The repository on the embedded server's H2 file backend: queries work and data survives a restart. */
class EmbeddedH2PersistenceTest {

    @TempDir
    Path dir;

    private record Running(MongoServer server, MongoClient client, SourceRepository repo) {
        void stop() {
            client.close();
            server.shutdown();
        }
    }

    private Running start() {
        MongoServer server = new MongoServer(new H2Backend(dir.resolve("source-mongo.mv").toString()));
        server.bind("127.0.0.1", 0);
        MongoClient client = MongoClients.create(server.getConnectionString());
        SourceRepository repo = new SourceRepository();
        repo.db = client.getDatabase("dossier");
        repo.indexes();
        return new Running(server, client, repo);
    }

    private static Source source(String id, String hash) {
        String text = "A tanker moved oil.";
        return new Source(id, "case-1", "Title", text, text, "Outlet", "", "2024-02-20", "", "", List.of(), hash,
                "2024-02-20T00:00:00Z", List.of(), List.of(), 1, "en", "");
    }

    @Test
    void storesSearchesAndSurvivesRestart() {
        Running first = start();
        Claim claim = new Claim("c1", "case-1", "s1", ClaimType.TRANSFER, "move",
                List.of(new ClaimArgument("item", "oil", "", TextSpan.of("A tanker moved oil.", 15, 18), "oil", List.of())),
                Modality.ASSERTED, List.of(), List.of(), TextSpan.of("A tanker moved oil.", 0, 19), "2024-02-20", 0.8, "s");
        first.repo().insert(source("s1", "h1"), List.of(claim), Map.of("tanker", 2, "oil", 1, "move", 1, "moved", 1));
        first.repo().insert(source("s2", "h2"), List.of(), Map.of("oil", 1));
        assertThatThrownBy(() -> first.repo().insert(source("s3", "h1"), List.of(), Map.of()))
                .isInstanceOf(SourceRepository.DuplicateContentException.class);
        assertThat(first.repo().findByTerms(List.of(Set.of("tanker"), Set.of("oil")), "case-1"))
                .extracting(SourceRepository.TermHit::id).containsExactly("s1");
        assertThat(first.repo().findByIds(List.of("s2", "nope", "s1"))).extracting(s -> s.source().id()).containsExactly("s2", "s1");
        assertThat(first.repo().findByTerms(List.of(Set.of("moves", "move")), null)).hasSize(1);
        first.stop();

        Running second = start();
        StoredSource back = second.repo().findById("s1").orElseThrow();
        assertThat(back.source().title()).isEqualTo("Title");
        assertThat(back.claims()).singleElement().satisfies(c -> {
            assertThat(c.type()).isEqualTo(ClaimType.TRANSFER);
            assertThat(c.value("item")).isEqualTo("oil");
            assertThat(c.argument("item").orElseThrow().span().start()).isEqualTo(15);
        });
        assertThat(second.repo().listByCase("case-1")).extracting(s -> s.source().id()).containsExactly("s1", "s2");
        assertThat(second.repo().findByHash("case-1", "h2")).isPresent();
        second.stop();
    }
}
