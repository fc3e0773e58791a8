package dossier.entity.service;

import dossier.entity.matching.MatchSubject;
import dossier.entity.matching.NameNormalizer;
import dossier.entity.v1.Entity;
import dossier.entity.v1.Name;
import dossier.entity.v1.NameKind;
import dossier.entity.v1.Schema;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingests running side by side meet the same unknown name: each gets the one entity created for
 * it, none fails on the unique key; a name another replica created is used, not created again.
 */
@QuarkusTest
class UnknownMentionRaceTest {

    @Inject
    MatchingService matching;

    @Inject
    EntityStore store;

    @Test
    void requestsCreatingTheSameUnknownNameAtOnceAllGetOneEntity() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 20; round++) {
                String name = "Velmorin Tanker " + letters();
                List<Callable<MatchSubject>> calls = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    calls.add(() -> matching.createUnknown(name, "ORGANIZATION", "doc-" + UUID.randomUUID()));
                }
                List<MatchSubject> got = new ArrayList<>();
                for (Future<MatchSubject> f : pool.invokeAll(calls)) {
                    got.add(f.get()); // a failed creation would throw here
                }
                Set<String> ids = got.stream().map(MatchSubject::id).collect(Collectors.toSet());
                assertThat(ids).as("entities for \"%s\"", name).hasSize(1);
                assertThat(store.idByKey("mention:" + NameNormalizer.standard().fold(name))).contains(ids.iterator().next());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNameAnotherReplicaCreatedIsUsedAsItIs() {
        String name = "Korvasti Shipping " + letters();
        String key = "mention:" + NameNormalizer.standard().fold(name);
        String id = store.upsert(List.of(Entity.newBuilder().setKey(key).setSchema(Schema.ORGANIZATION).setCaption(name)
                .addNames(Name.newBuilder().setValue(name).setKind(NameKind.PRIMARY)).addDatasets("mention").build()))
                .items().get(0).id();

        MatchSubject s = matching.createUnknown(name, "ORGANIZATION", "doc-1");
        assertThat(s).isNotNull();
        assertThat(s.id()).isEqualTo(id);
    }

    /** A random word of six letters: a name no other test uses. */
    private static String letters() {
        return ThreadLocalRandom.current().ints(6, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
