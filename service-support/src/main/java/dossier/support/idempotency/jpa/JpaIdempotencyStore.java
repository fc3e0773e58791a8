package dossier.support.idempotency.jpa;

import dossier.support.idempotency.ClientRequest;
import dossier.support.idempotency.FirstResponse;
import dossier.support.idempotency.IdempotencyStore;
import dossier.support.idempotency.RequestIdTakenException;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.PersistenceException;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Client request ids in a service's relational database. The id's row is inserted first in the
 * transaction that runs the work (joined by the work's own {@code @Transactional} methods), so the
 * id, the work's writes, its audit entry and the kept answer commit together or not at all. A
 * racing call with the same id blocks on the row's unique key until the first commits, then fails
 * ({@link RequestIdTakenException}) and reads the first call's answer. Not a bean here (the MongoDB
 * service and the web UI have no JPA): a service with Hibernate ORM wires it with an empty
 * {@code @ApplicationScoped} subclass.
 */
public abstract class JpaIdempotencyStore implements IdempotencyStore {
    /** As long as the longest work run under an id (a list import); the usual call ends in a second. */
    private static final int TRANSACTION_SECONDS = 600;

    @Override
    public Optional<FirstResponse> find(ClientRequest request) {
        return QuarkusTransaction.requiringNew().call(() -> {
            ClientRequestRecord r = ClientRequestRecord.findById(request.key());
            return Optional.ofNullable(r).map(x -> new FirstResponse(x.fingerprint, x.response, x.at));
        });
    }

    @Override
    public <T> T firstRun(ClientRequest request, Supplier<T> work, Function<T, byte[]> keep) {
        return QuarkusTransaction.requiringNew().timeout(TRANSACTION_SECONDS).call(() -> {
            ClientRequestRecord row = new ClientRequestRecord();
            row.key = request.key();
            row.caller = request.caller().length() > 200 ? request.caller().substring(0, 200) : request.caller();
            row.operation = request.operation();
            row.requestId = request.id();
            row.fingerprint = request.fingerprint();
            row.at = Instant.now();
            try {
                row.persist();
                Panache.getEntityManager().flush(); // the claim now: a racing call waits here, not after the work
            } catch (PersistenceException e) {
                if (takenByAnother(e)) {
                    throw new RequestIdTakenException(e);
                }
                throw e;
            }
            T out = work.get();
            row.response = keep.apply(out);
            return out;
        });
    }

    /** The key is another call's (committed, or still locked by its transaction); not a database failure. */
    private static boolean takenByAnother(Throwable t) {
        for (Throwable e = t; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof org.hibernate.exception.ConstraintViolationException
                    || e instanceof org.hibernate.exception.LockAcquisitionException
                    || e instanceof jakarta.persistence.LockTimeoutException
                    || e instanceof jakarta.persistence.PessimisticLockException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void abandon(ClientRequest request, Instant claimedAt) {
        // a row is only visible once its work committed: there are no claims to abandon
    }

    @Override
    public long purge(Instant before) {
        return QuarkusTransaction.requiringNew().call(() -> ClientRequestRecord.delete("at < ?1", before));
    }
}
