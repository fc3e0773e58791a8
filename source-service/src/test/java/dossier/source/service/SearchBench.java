package dossier.source.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import dossier.source.bench.GenreArticles;
import dossier.source.domain.Source;
import dossier.source.parsing.ContentHasher;
import dossier.source.repository.Repositories;
import dossier.source.repository.SourceRepository;
import dossier.source.search.SearchTerms;

/**
 * SearchSources latency over 10,000 stored sources on the embedded MongoDB-wire server with the
 * H2 backend (the production default without DOSSIER_MONGO_URL). The repository code is the same
 * on a real MongoDB: every read it makes is by _id, which both servers answer from an index.
 * Run: ./mvnw -B -q -pl source-service -am package -DskipTests && ./mvnw -B -q -pl source-service exec:java@search-bench
 */
public final class SearchBench {

    public static void main(String[] args) throws Exception {
        int sources = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path dir = Files.createTempDirectory("search-bench");
        MongoServer server = new MongoServer(new H2Backend(dir.resolve("source-mongo.mv").toString()));
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create(server.getConnectionString())) {
            SourceRepository repo = Repositories.on(client.getDatabase("dossier"));
            TextPipeline pipeline = new TextPipeline();
            GenreArticles articles = new GenreArticles();
            long t0 = System.nanoTime();
            // 300-word sources, 100 cases of 100; 500 distinct texts analysed once (the search is measured, not ingest)
            List<String> texts = new ArrayList<>();
            List<Map<String, Integer>> termsOf = new ArrayList<>();
            for (int i = 0; i < Math.min(500, sources); i++) {
                texts.add(articles.article(i, 300));
                termsOf.add(SearchTerms.count(pipeline.tokens(texts.get(i))));
            }
            for (int i = 0; i < sources; i++) {
                String text = texts.get(i % texts.size());
                Map<String, Integer> terms = termsOf.get(i % texts.size());
                String hash = ContentHasher.sha256(i + "\n" + text);
                repo.insert(new Source("s" + i, "case-" + (i % 100), "Report " + i, text, text, "Bench", "", "2025-03-04", "", "",
                        List.of(), hash, Instant.now().toString(), List.of(), List.of(), 0, "en", ""), List.of(), terms);
            }
            System.out.printf("stored %d sources in %.1f s%n", sources, (System.nanoTime() - t0) / 1e9);
            SourceQueries queries = new SourceQueries();
            queries.repository = repo;
            queries.pipeline = pipeline;
            String[] q = {"Dalian watches", "tanker diesel transfer", "Peskov confirmed", "limousine", "drones Caspian", "Zhoushan"};
            for (String scope : new String[] {"", "case-7"}) {
                for (int i = 0; i < 20; i++) {
                    queries.search(q[i % q.length], scope, 20);
                }
                long[] nanos = new long[120];
                int hits = 0;
                for (int i = 0; i < nanos.length; i++) {
                    long s = System.nanoTime();
                    hits += queries.search(q[i % q.length], scope, 20).size();
                    nanos[i] = System.nanoTime() - s;
                }
                Arrays.sort(nanos);
                System.out.printf("search over %d sources%s: p50 %.1f ms, p99 %.1f ms (%d hits returned)%n", sources,
                        scope.isEmpty() ? " (all cases)" : " (one case)", nanos[nanos.length / 2] / 1e6,
                        nanos[nanos.length * 99 / 100] / 1e6, hits);
            }
        } finally {
            server.shutdownNow();
        }
    }

    private SearchBench() {
    }
}
