package dossier.source.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dossier.source.domain.Source;

/** Search through the case id lists and in-memory postings: same answers as a scan of the stored term counts, no partial writes visible. */
class SearchIndexTest {

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase db;
    private SourceRepository repo;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create(server.getConnectionString());
        db = client.getDatabase("dossier");
        repo = Repositories.on(db);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    static Source source(String id, String caseId, String hash) {
        return new Source(id, caseId, "Title " + id, "text " + id, "body " + id, "Outlet", "", "2024-02-20", "", "", List.of(),
                hash, "2024-02-20T00:00:00Z", List.of(), List.of(), 0, "en", "");
    }

    private static Set<String> ids(List<SourceRepository.TermHit> hits) {
        return new TreeSet<>(hits.stream().map(SourceRepository.TermHit::id).toList());
    }

    @Test
    void findsWhatAScanOfTheTermCountsFinds() {
        String[] vocabulary = {"tanker", "oil", "diesel", "limousine", "dalian", "watch", "drone", "port", "ship", "transfer"};
        Random random = new Random(7);
        Map<String, Map<String, Integer>> stored = new LinkedHashMap<>();
        Map<String, String> caseOf = new HashMap<>();
        for (int i = 0; i < 60; i++) {
            Map<String, Integer> terms = new LinkedHashMap<>();
            for (String w : vocabulary) {
                if (random.nextInt(3) == 0) {
                    terms.put(w, 1 + random.nextInt(4));
                }
            }
            String id = "s" + i;
            String caseId = "case-" + (i % 3);
            repo.insert(source(id, caseId, "h" + i), List.of(), terms);
            stored.put(id, terms);
            caseOf.put(id, caseId);
        }
        List<List<Set<String>>> queries = List.of(List.of(Set.of("tanker")), List.of(Set.of("oil"), Set.of("diesel")),
                List.of(Set.of("ships", "ship"), Set.of("port")), List.of(Set.of("dalian"), Set.of("watch"), Set.of("transfer")),
                List.of(Set.of("absent")));
        for (List<Set<String>> words : queries) {
            for (String scope : new String[] {null, "case-1"}) {
                Set<String> expected = new TreeSet<>();
                stored.forEach((id, terms) -> {
                    boolean all = words.stream().allMatch(forms -> forms.stream().anyMatch(terms::containsKey));
                    if (all && (scope == null || caseOf.get(id).equals(scope))) {
                        expected.add(id);
                    }
                });
                List<SourceRepository.TermHit> hits = repo.findByTerms(words, scope);
                assertThat(ids(hits)).as("%s in %s", words, scope).isEqualTo(expected);
                for (SourceRepository.TermHit h : hits) {
                    Map<String, Integer> terms = stored.get(h.id());
                    assertThat(h.length()).isEqualTo(terms.values().stream().mapToInt(Integer::intValue).sum());
                    h.counts().forEach((term, n) -> assertThat(terms.get(term)).isEqualTo(n));
                }
            }
        }
        assertThat(repo.listByCase("case-2")).extracting(s -> s.source().id())
                .containsExactlyElementsOf(stored.keySet().stream().filter(id -> caseOf.get(id).equals("case-2")).toList());
    }

    @Test
    void aFailedInsertLeavesNoTraceInListsOrSearch() {
        repo.insert(source("first", "case-1", "same"), List.of(), Map.of("tanker", 1));
        assertThatThrownBy(() -> repo.insert(source("second", "case-1", "same"), List.of(), Map.of("tanker", 2, "zhoushan", 1)))
                .isInstanceOf(SourceRepository.DuplicateContentException.class);

        assertThat(repo.findByTerms(List.of(Set.of("zhoushan")), "case-1")).isEmpty();
        assertThat(ids(repo.findByTerms(List.of(Set.of("tanker")), null))).containsExactly("first");
        assertThat(repo.listByCase("case-1")).extracting(s -> s.source().id()).containsExactly("first");
        assertThat(new CaseMembers(db).of("case-1")).containsExactly("first");
    }

    @Test
    void postingsOfASourceThatWasNeverStoredOrWasDeletedAreNotReturned() {
        repo.insert(source("kept", "case-1", "h1"), List.of(), Map.of("tanker", 1));
        repo.insert(source("deleted", "case-1", "h2"), List.of(), Map.of("tanker", 3));
        // a process that died between listing the id in its case and inserting the source leaves this behind
        new CaseMembers(db).add("case-1", "never-stored");
        assertThat(repo.listByCase("case-1")).extracting(s -> s.source().id()).containsExactly("kept", "deleted");
        // a source leaves a case by leaving its id list; the document may go too
        new CaseMembers(db).remove("case-1", "deleted");
        db.getCollection(SourceRepository.SOURCES).deleteOne(Filters.eq("_id", "deleted"));

        List<String> candidates = repo.findByTerms(List.of(Set.of("tanker")), "case-1").stream().map(SourceRepository.TermHit::id).toList();
        assertThat(candidates).doesNotContain("never-stored");
        assertThat(repo.findByIds(candidates)).extracting(s -> s.source().id()).containsExactly("kept");
        assertThat(repo.listByCase("case-1")).extracting(s -> s.source().id()).containsExactly("kept");
        assertThat(repo.bodies(repo.sourceIds("case-1"))).containsOnlyKeys("kept");
    }

    @Test
    void aSourcesTermsAreStoredAsParallelArraysAndReadBackWithTheirCounts() {
        repo.insert(source("a", "case-1", "h1"), List.of(), new java.util.LinkedHashMap<>(Map.of("tanker", 3, "fuel", 1)));

        Document raw = db.getCollection(SourceRepository.SOURCES).find(Filters.eq("_id", "a")).first();
        assertThat(raw).doesNotContainKey("termCounts");
        assertThat(raw.getList(SourceRepository.TERM_LIST, String.class)).containsExactlyInAnyOrder("tanker", "fuel");
        int tanker = raw.getList(SourceRepository.TERM_LIST, String.class).indexOf("tanker");
        assertThat(raw.getList(SourceRepository.TERM_FREQ, Integer.class).get(tanker)).isEqualTo(3);
        SourceRepository restarted = Repositories.on(db);
        assertThat(restarted.findByTerms(List.of(Set.of("tanker")), "case-1")).singleElement()
                .satisfies(h -> assertThat(h.counts()).containsEntry("tanker", 3));
        assertThat(restarted.findByTerms(List.of(Set.of("fuel")), "case-1")).singleElement()
                .satisfies(h -> assertThat(h.counts()).containsEntry("fuel", 1));
    }

    @Test
    void sourcesStoredBeforeTheCaseListsExistedAreFoundAfterARestart() {
        Document old = new Document("_id", "old").append("id", "old").append("caseId", "case-9").append("contentHash", "h").append("seq", 1L)
                .append("title", "Old").append("text", "t").append("body", "b")
                .append("termCounts", List.of(new Document("t", "tanker").append("n", 2)));
        db.getCollection(SourceRepository.SOURCES).insertOne(old);
        db.getCollection(SourceRepository.META).drop();

        SourceRepository restarted = Repositories.on(db);

        assertThat(restarted.findByTerms(List.of(Set.of("tanker")), "case-9")).singleElement()
                .satisfies(h -> assertThat(h.counts()).containsEntry("tanker", 2));
        assertThat(restarted.listByCase("case-9")).extracting(s -> s.source().id()).containsExactly("old");
    }

    @Test
    void aReplicaFindsWhatAnotherReplicaStored() {
        SourceRepository other = Repositories.on(db);
        repo.insert(source("a", "case-1", "h1"), List.of(), Map.of("tanker", 1));
        assertThat(ids(repo.findByTerms(List.of(Set.of("tanker")), "case-1"))).containsExactly("a");

        other.insert(source("b", "case-1", "h2"), List.of(), Map.of("tanker", 2));
        db.getCollection(SourceRepository.SOURCES).deleteOne(Filters.eq("_id", "a"));
        new CaseMembers(db).remove("case-1", "a");

        assertThat(ids(repo.findByTerms(List.of(Set.of("tanker")), "case-1"))).containsExactly("b");
        assertThat(ids(repo.findByTerms(List.of(Set.of("tanker")), null))).containsExactly("b");
    }
}
