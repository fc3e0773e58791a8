package dossier.sanctions.mapping;

import dossier.entity.v1.Entity;
import dossier.entity.v1.Relationship;
import dossier.sanctions.domain.EntityFact;
import dossier.sanctions.domain.Listing;

import java.util.List;

/** entity-service's Entity (plus the designations this service holds for it) → the rules' EntityFact. */
public final class EntityMapper {
    private EntityMapper() {
    }

    public static EntityFact toDomain(Entity e, List<Listing> listings) {
        EntityFact.Kind kind;
        try {
            kind = EntityFact.Kind.valueOf(e.getSchema().name());
        } catch (IllegalArgumentException ex) {
            kind = EntityFact.Kind.OTHER;
        }
        return new EntityFact(e.getId(), e.getCaption(), kind, List.copyOf(e.getCountriesList()), List.copyOf(e.getPositionsList()),
                e.getRelationshipsList().stream().map(Relationship::getType).toList(), e.getVerified(), List.copyOf(listings));
    }

    public static EntityFact toDomain(Entity e) {
        return toDomain(e, List.of());
    }
}
