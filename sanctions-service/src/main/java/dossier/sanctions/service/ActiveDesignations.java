package dossier.sanctions.service;

import dossier.sanctions.repository.DesignationRecord;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The active designations by entity id, held in memory: every Screen call needs the designations of
 * its matches, and a database round trip per call cost more than the rest of sanctions-service's share
 * of it. Reads never touch the database once loaded (Screen answers from the event loop, where
 * blocking is not allowed): after an import on this replica the importer reloads at once
 * ({@link #reload}); an import on another replica is noticed by a version check in the background,
 * started by the first read after {@code dossier.screening.lists-check-interval}, and served once
 * that check (and a reload if the version moved) is done.
 */
@ApplicationScoped
public class ActiveDesignations {
    private static final Logger LOG = Logger.getLogger(ActiveDesignations.class);

    /** What a screening hit shows of a designation. */
    public record Listed(String dataset, String listName, String reference, List<String> programs, String listedOn) {
    }

    private record Snapshot(String version, Map<String, List<Listed>> byEntity, long checkedAtNanos) {
    }

    @ConfigProperty(name = "dossier.screening.lists-check-interval", defaultValue = "PT5S")
    Duration checkInterval;

    private volatile Snapshot snapshot;
    private final AtomicBoolean checking = new AtomicBoolean();

    /** Whether reads are served from memory; before the first load they read the database (not on an event loop). */
    public boolean loaded() {
        return snapshot != null;
    }

    /** The lists' version the designations served now belong to. */
    public String version() {
        return current().version();
    }

    public List<Listed> of(String entityId) {
        return current().byEntity().getOrDefault(entityId, List.of());
    }

    /** After an import on this replica has committed: loads the lists again before the import answers. */
    public synchronized void reload() {
        snapshot = load(System.nanoTime());
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            synchronized (this) {
                if (snapshot == null) snapshot = load(System.nanoTime());
                return snapshot;
            }
        }
        if (System.nanoTime() - s.checkedAtNanos() >= checkInterval.toNanos() && checking.compareAndSet(false, true)) {
            Infrastructure.getDefaultWorkerPool().execute(this::check);
        }
        return s;
    }

    /** Compares the database's lists version with the one served; reloads when it moved. */
    private void check() {
        try {
            String version = QuarkusTransaction.requiringNew().call(DesignationRecord::listsVersion);
            synchronized (this) {
                Snapshot s = snapshot;
                long now = System.nanoTime();
                snapshot = s != null && s.version().equals(version) ? new Snapshot(version, s.byEntity(), now) : load(now);
            }
        } catch (RuntimeException e) {
            // the snapshot served stays; the next read after the interval tries again
            LOG.warnf("Checking the lists version failed: %s", e.getMessage());
        } finally {
            checking.set(false);
        }
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
