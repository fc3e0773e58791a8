package dossier.support.idempotency;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Where a service keeps the client request ids it has seen, in the store of its data, so that an id
 * and the writes of its call are kept together. Unique per {@link ClientRequest#key()}: of two calls
 * racing with one id, one runs and the other gets {@link RequestIdTakenException}.
 */
public interface IdempotencyStore {

    /** The first call with this id, when one was made (and not yet purged). */
    Optional<FirstResponse> find(ClientRequest request);

    /**
     * Runs the work as the first call with this id: claims the id, runs the work and keeps its
     * answer. A relational store does all three in one transaction (the work's writes and the id are
     * committed together or not at all); a store without transactions claims first and forgets the
     * claim when the work fails.
     *
     * @throws RequestIdTakenException when another call claimed the id first
     */
    <T> T firstRun(ClientRequest request, Supplier<T> work, Function<T, byte[]> keep);

    /** Forgets a claim made at {@code claimedAt} whose call never finished (its process died); no-op for transactional stores. */
    void abandon(ClientRequest request, Instant claimedAt);

    /** Deletes the ids first used before {@code before}; returns how many. */
    long purge(Instant before);
}
