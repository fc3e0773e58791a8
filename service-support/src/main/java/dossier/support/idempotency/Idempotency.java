package dossier.support.idempotency;

import com.google.protobuf.Message;
import dossier.support.security.CurrentActor;
import io.grpc.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a writing RPC at most once per client request id (README, Retries; Google AIP-155 /
 * Stripe semantics): without an id the call runs as always; with one, a retry by the same caller
 * gets the first answer and writes nothing; the id with a different request is ALREADY_EXISTS; a
 * retry that arrives while the first call still runs waits for its answer (up to
 * {@code dossier.idempotency.wait}, then ABORTED: retry later).
 */
@ApplicationScoped
public class Idempotency {
    private static final Logger LOG = Logger.getLogger(Idempotency.class);
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    @Inject
    CurrentActor actors;
    // an Instance: modules without a store (the web UI) have this bean too and never call it
    @Inject
    Instance<IdempotencyStore> store;

    /** How long ids are kept (README: at least 24 hours); older ones are purged now and then. */
    @ConfigProperty(name = "dossier.idempotency.retention", defaultValue = "P1D")
    Duration retention;
    /** How long a retry waits for a first call with its id that is still running. */
    @ConfigProperty(name = "dossier.idempotency.wait", defaultValue = "PT60S")
    Duration wait;
    /** A claim this old whose call never answered belongs to a process that died: it is taken over. */
    @ConfigProperty(name = "dossier.idempotency.stale-claim", defaultValue = "PT10M")
    Duration staleClaim;

    private final AtomicReference<Instant> lastPurge = new AtomicReference<>(Instant.EPOCH);

    /**
     * The answer to {@code request}: the first call's if its client_request_id was used before by
     * this caller, else the work's (run once, its answer kept with the id).
     */
    public <T> T run(Message request, ResponseCodec<T> codec, Supplier<T> work) {
        Optional<ClientRequest> id = ClientRequest.of(actors.current().name(), request);
        if (id.isEmpty()) {
            return work.get();
        }
        ClientRequest r = id.get();
        IdempotencyStore ids = store.get();
        purgeNowAndThen(ids);
        long giveUp = System.nanoTime() + wait.toNanos();
        while (true) {
            Optional<FirstResponse> first = ids.find(r);
            if (first.isPresent()) {
                FirstResponse f = first.get();
                f.requireSameRequest(r);
                if (f.done()) {
                    return codec.replay(f.response());
                }
                if (f.at().isBefore(Instant.now().minus(staleClaim))) {
                    ids.abandon(r, f.at());
                    continue;
                }
            } else {
                try {
                    return ids.firstRun(r, work, codec::keep);
                } catch (RuntimeException e) {
                    if (!taken(e)) {
                        throw e;
                    }
                }
            }
            if (System.nanoTime() > giveUp) {
                throw Status.ABORTED.withDescription("a " + r.rpc() + " call with " + RequestFingerprint.FIELD + " '" + r.id()
                        + "' is still running; retry later for its answer").asRuntimeException();
            }
            pause();
        }
    }

    private static boolean taken(Throwable t) {
        for (Throwable e = t; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof RequestIdTakenException) {
                return true;
            }
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Status.CANCELLED.withDescription("interrupted while waiting for the first call with this id").asRuntimeException();
        }
    }

    /** At most once an hour per process, on a call that uses an id: cheap enough to need no scheduler. */
    private void purgeNowAndThen(IdempotencyStore ids) {
        Instant last = lastPurge.get();
        Instant now = Instant.now();
        if (last.plus(PURGE_EVERY).isAfter(now) || !lastPurge.compareAndSet(last, now)) {
            return;
        }
        try {
            long n = ids.purge(now.minus(retention));
            if (n > 0) {
                LOG.infof("purged %d client request ids older than %s", n, retention);
            }
        } catch (RuntimeException e) {
            LOG.warnf("purging old client request ids failed (tried again in an hour): %s", e.toString());
        }
    }
}
