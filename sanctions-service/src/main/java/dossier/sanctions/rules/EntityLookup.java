package dossier.sanctions.rules;

import dossier.entity.v1.Entity;

import java.util.Optional;

/** How the rules learn about an entity (its schema, countries, positions); empty when unknown. */
@FunctionalInterface
public interface EntityLookup {
    Optional<Entity> find(String entityId);
}
