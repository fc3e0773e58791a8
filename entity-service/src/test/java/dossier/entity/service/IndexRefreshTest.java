package dossier.entity.service;

import dossier.entity.matching.MatchQuery;
import dossier.entity.v1.Entity;
import dossier.entity.v1.Name;
import dossier.entity.v1.NameKind;
import dossier.entity.v1.Schema;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several replicas share one database, each with its own index: what another replica wrote
 * (here: straight into the store, past this replica's index) is found after a refresh.
 */
@QuarkusTest
class IndexRefreshTest {

    @Inject
    EntityStore store;

    @Inject
    MatchingService matching;

    @Test
    void entitiesWrittenByAnotherReplicaAreMatchedAfterARefresh() {
        String name = "ZORAVIAN, Teodor " + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "x");
        MatchQuery query = new MatchQuery(name, "PERSON", "", "", null, 5, 0);
        store.upsert(List.of(Entity.newBuilder().setKey("other-replica:" + UUID.randomUUID()).setSchema(Schema.PERSON)
                .addNames(Name.newBuilder().setValue(name).setKind(NameKind.PRIMARY).setScript("Latn")).build()));
        assertThat(matching.match(query)).noneMatch(m -> m.passesThreshold());

        assertThat(matching.refresh()).isGreaterThanOrEqualTo(1);
        assertThat(matching.match(query)).anyMatch(m -> m.passesThreshold());
    }

    @Test
    void aRefreshLoadsOnlyWhatThisReplicaHasNotIndexedYet() {
        matching.refresh(); // what earlier tests wrote past the index
        matching.upsert(List.of(person("this-replica:", "Ostrava Milenko")));
        assertThat(matching.refresh()).isZero();

        store.upsert(List.of(person("other-replica:", "Brnova Jelisav")));
        assertThat(matching.refresh()).isEqualTo(1);
        assertThat(matching.refresh()).isZero();
    }

    private static Entity person(String keyPrefix, String name) {
        return Entity.newBuilder().setKey(keyPrefix + UUID.randomUUID()).setSchema(Schema.PERSON)
                .addNames(Name.newBuilder().setValue(name).setKind(NameKind.PRIMARY).setScript("Latn")).build();
    }
}
