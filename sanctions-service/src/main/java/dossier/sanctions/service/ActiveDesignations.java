package dossier.sanctions.service;

import dossier.sanctions.repository.DesignationRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The active designations by entity id, held in memory: every Screen call needs the designations of
 * its matches, and a database round trip per call cost more than the rest of sanctions-service's share
 * of it. The snapshot follows the database's lists version: at once after an import on this replica
 * ({@link #invalidate}), within {@code dossier.screening.lists-check-interval} after one on another.
 */
@ApplicationScoped
public class ActiveDesignations {

    /** What a screening hit shows of a designation. */
    public record Listed(String dataset, String listName, String reference, List<String> programs, String listedOn) {
    }

    private record Snapshot(String version, Map<String, List<Listed>> byEntity, long checkedAtNanos) {
    }

    @ConfigProperty(name = "dossier.screening.lists-check-interval", defaultValue = "PT5S")
    Duration checkInterval;

    private volatile Snapshot snapshot;

    /** The lists' version the designations served now belong to. */
    public String version() {
        return current().version();
    }

    public List<Listed> of(String entityId) {
        return current().byEntity().getOrDefault(entityId, List.of());
    }

    /** After an import on this replica has committed: the next read loads the lists again. */
    public void invalidate() {
        snapshot = null;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (fresh(s, System.nanoTime())) {
            return s;
        }
        synchronized (this) {
            s = snapshot;
            long now = System.nanoTime();
            if (fresh(s, now)) {
                return s;
            }
            String version = QuarkusTransaction.joiningExisting().call(DesignationRecord::listsVersion);
            s = s != null && s.version().equals(version) ? new Snapshot(version, s.byEntity(), now) : load(now);
            snapshot = s;
            return s;
        }
    }

    private boolean fresh(Snapshot s, long now) {
        return s != null && now - s.checkedAtNanos() < checkInterval.toNanos();
    }

    /** Reads version and designations in one transaction, so they belong together. */
    private static Snapshot load(long now) {
        return QuarkusTransaction.requiringNew().call(() -> {
            String version = DesignationRecord.listsVersion();
            Map<String, List<Listed>> byEntity = new HashMap<>();
            for (DesignationRecord d : DesignationRecord.<DesignationRecord>list("delisted = false and entityId is not null")) {
                byEntity.computeIfAbsent(d.entityId, k -> new java.util.ArrayList<>(1))
                        .add(new Listed(d.dataset, d.listName, d.reference, List.copyOf(d.programList()),
                                d.listedOn == null ? "" : d.listedOn));
            }
            byEntity.replaceAll((k, v) -> List.copyOf(v));
            return new Snapshot(version, Map.copyOf(byEntity), now);
        });
    }
}
