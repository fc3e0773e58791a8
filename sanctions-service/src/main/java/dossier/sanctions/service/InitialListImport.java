package dossier.sanctions.service;

import dossier.sanctions.client.DependencyUnavailableException;
import dossier.sanctions.imports.ImportCommand;
import dossier.sanctions.lists.ListKind;
import dossier.sanctions.repository.DesignationRecord;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse.ServingStatus;
import io.quarkus.grpc.runtime.health.GrpcHealthStorage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * On first start (no designations stored), imports the shipped UN and OFAC lists in the background,
 * retrying with backoff while entity-service is not up yet. Until then the service is not ready
 * (HTTP readiness DOWN, gRPC health NOT_SERVING), so launchers can wait for it.
 */
@ApplicationScoped
public class InitialListImport {
    private static final Logger LOG = Logger.getLogger(InitialListImport.class);
    /** The actor the import records name for this service's own first import. */
    static final String SYSTEM_ACTOR = "system:first-start";

    @Inject
    ListImporter importer;
    @Inject
    Instance<GrpcHealthStorage> grpcHealth;

    @ConfigProperty(name = "dossier.lists.import-on-start", defaultValue = "true")
    boolean importOnStart;
    @ConfigProperty(name = "dossier.lists.retry-max-seconds", defaultValue = "60")
    long retryMaxSeconds;

    private final AtomicBoolean done = new AtomicBoolean(false);
    private volatile String state = "not started";
    private volatile boolean stopping;
    private Thread worker;

    void onStart(@Observes StartupEvent ev) {
        if (!importOnStart) {
            state = "import on start disabled";
            markDone();
            return;
        }
        long existing = QuarkusTransaction.requiringNew().call(() -> DesignationRecord.count());
        if (existing > 0) {
            state = existing + " designations already stored";
            markDone();
            return;
        }
        setGrpcStatus(ServingStatus.NOT_SERVING);
        state = "importing";
        worker = new Thread(this::run, "initial-list-import");
        worker.setDaemon(true);
        worker.start();
    }

    void onStop(@Observes ShutdownEvent ev) {
        stopping = true;
        if (worker != null) {
            worker.interrupt();
        }
    }

    private void run() {
        long started = System.currentTimeMillis();
        for (ListKind f : List.of(ListKind.UN_CONSOLIDATED, ListKind.OFAC_SDN)) {
            long backoff = 1;
            while (!stopping) {
                try {
                    LOG.infof("First start: importing the shipped %s list", f);
                    state = "importing " + f;
                    var r = importer.importList(ImportCommand.shipped(f, SYSTEM_ACTOR));
                    LOG.infof("First start: %s imported (%d designations, %d ms)", r.listName(), r.diff().total(), r.durationMs());
                    break;
                } catch (DependencyUnavailableException e) {
                    state = "waiting for entity-service (" + f + ")";
                    LOG.infof("First start: %s; retrying in %d s", e.getMessage(), backoff);
                    if (!sleep(backoff)) {
                        return;
                    }
                    backoff = Math.min(retryMaxSeconds, backoff * 2);
                } catch (RuntimeException e) {
                    // A shipped file that fails is a build defect: report it and stay not ready.
                    state = "failed: " + e.getMessage();
                    LOG.errorf(e, "First start: importing %s failed", f);
                    return;
                }
            }
        }
        if (!stopping) {
            state = "done in " + (System.currentTimeMillis() - started) + " ms";
            markDone();
        }
    }

    private boolean sleep(long seconds) {
        try {
            Thread.sleep(seconds * 1000);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void markDone() {
        done.set(true);
        setGrpcStatus(ServingStatus.SERVING);
    }

    private void setGrpcStatus(ServingStatus s) {
        if (grpcHealth.isResolvable()) {
            grpcHealth.get().setStatus(GrpcHealthStorage.DEFAULT_SERVICE_NAME, s);
        }
    }

    public boolean done() {
        return done.get();
    }

    public String state() {
        return state;
    }
}
