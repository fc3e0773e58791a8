package dossier.support.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.persistence.metamodel.EntityType;

import java.util.Map;
import java.util.TreeMap;

/** How many rows a service has stored, per JPA entity of its store: every table, so that no write goes unseen. */
public final class StoredRows {

    private StoredRows() {
    }

    /** Entity name → row count, read in a transaction of its own. */
    public static Map<String, Long> of(EntityManager em) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> rows = new TreeMap<>();
            for (EntityType<?> type : em.getMetamodel().getEntities()) {
                rows.put(type.getName(), em.createQuery("select count(e) from " + type.getName() + " e", Long.class).getSingleResult());
            }
            return rows;
        });
    }
}
