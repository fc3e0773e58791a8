package dossier.sanctions.lists;

import dossier.entity.v1.Entity;

/** One record of an official list: the entity it names (for entity-service) and the designation (kept here). */
public record ListRecord(Entity entity, DesignationData designation) {
}
