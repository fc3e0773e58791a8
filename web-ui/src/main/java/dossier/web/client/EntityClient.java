package dossier.web.client;

import dossier.entity.v1.Entity;

/** Entity details (names, aliases, identifiers) from entity-service. */
public interface EntityClient {

    String SERVICE = "entity-service";

    Entity getEntity(String id);
}
