package dossier.sanctions.repository;

import dossier.support.idempotency.jpa.JpaIdempotencyStore;
import jakarta.enterprise.context.ApplicationScoped;

/** sanctions-service's client request ids, in its own database (the shared {@link JpaIdempotencyStore}). */
@ApplicationScoped
public class SanctionsIdempotencyStore extends JpaIdempotencyStore {
}
