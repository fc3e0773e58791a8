package dossier.sanctions.client;

import dossier.entity.v1.Entity;
import dossier.entity.v1.MatchEntitiesRequest;
import dossier.entity.v1.MatchEntitiesResponse;
import dossier.entity.v1.UpsertResult;
import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.Optional;

/** What sanctions-service needs from entity-service. Throws DependencyUnavailableException when it is down. */
public interface EntityDirectory {
    /** Upserts entities (any number; sent in batches of at most 5,000) and returns one result per entity. */
    List<UpsertResult> upsert(List<Entity> entities);

    MatchEntitiesResponse match(MatchEntitiesRequest request);

    /** The same match, answered when entity-service answers, holding no thread meanwhile. */
    default Uni<MatchEntitiesResponse> matchAsync(MatchEntitiesRequest request) {
        return Uni.createFrom().item(() -> match(request));
    }

    /** The entity, or empty when entity-service does not know the id. */
    Optional<Entity> get(String id);
}
