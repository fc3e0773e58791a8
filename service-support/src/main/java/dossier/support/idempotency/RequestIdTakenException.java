package dossier.support.idempotency;

/** Another call claimed the same id first (a racing retry): the caller waits for its answer. */
public class RequestIdTakenException extends RuntimeException {
    public RequestIdTakenException(Throwable cause) {
        super("the client request id is taken by another call", cause, false, false);
    }
}
