package dossier.support.idempotency;

import io.grpc.Status;

import java.time.Instant;

/**
 * What a store keeps of the first call with an id: the fingerprint of its request and its answer
 * (null while that call is still running, in stores whose claims are visible before the work ends).
 */
public record FirstResponse(String fingerprint, byte[] response, Instant at) {

    public boolean done() {
        return response != null;
    }

    /** Refuses a reuse of the id for another request: ALREADY_EXISTS naming the id (never the request). */
    public void requireSameRequest(ClientRequest retry) {
        if (!fingerprint.equals(retry.fingerprint())) {
            throw Status.ALREADY_EXISTS.withDescription(RequestFingerprint.FIELD + " '" + retry.id() + "' was already used for a different "
                    + retry.rpc() + " request (at " + at + "); send a new id for a new request").asRuntimeException();
        }
    }
}
