package dossier.entity.service;

import dossier.support.idempotency.jpa.JpaIdempotencyStore;
import jakarta.enterprise.context.ApplicationScoped;

/** entity-service's client request ids, in its own database (the shared {@link JpaIdempotencyStore}). */
@ApplicationScoped
public class EntityIdempotencyStore extends JpaIdempotencyStore {
}
