package dossier.sanctions.audit;

import dossier.support.audit.jpa.JpaAuditStore;
import jakarta.enterprise.context.ApplicationScoped;

/** sanctions-service's audit chain, in its own database (the shared {@link JpaAuditStore}). */
@ApplicationScoped
public class SanctionsAuditStore extends JpaAuditStore {
}
