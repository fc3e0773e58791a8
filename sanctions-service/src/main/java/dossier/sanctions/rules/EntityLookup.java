package dossier.sanctions.rules;

import dossier.sanctions.domain.EntityFact;

import java.util.Optional;

/** How the rules learn about an entity (kind, countries, positions, designations); empty when unknown. */
@FunctionalInterface
public interface EntityLookup {
    Optional<EntityFact> find(String entityId);

    /**
     * Whether the designations on the entities are complete (the lists are loaded): only then is
     * "not designated" positive evidence.
     */
    default boolean listsLoaded() {
        return true;
    }
}
