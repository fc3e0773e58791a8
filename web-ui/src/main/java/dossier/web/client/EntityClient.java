package dossier.web.client;

import dossier.entity.v1.Decision;
import dossier.entity.v1.Entity;
import dossier.entity.v1.ListDecisionsResponse;
import dossier.entity.v1.RecordDecisionRequest;

/** Entity details (names, aliases, identifiers) and analysts' same-entity judgements, from entity-service. */
public interface EntityClient {

    String SERVICE = "entity-service";

    Entity getEntity(String id);

    Decision recordDecision(RecordDecisionRequest request);

    ListDecisionsResponse listDecisions(String entityId);
}
