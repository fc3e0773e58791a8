package dossier.entity.audit;

import dossier.support.audit.jpa.JpaAuditStore;
import jakarta.enterprise.context.ApplicationScoped;

/** entity-service's audit chain, in its own database (the shared {@link JpaAuditStore}). */
@ApplicationScoped
public class EntityAuditStore extends JpaAuditStore {
}
