package dossier.sanctions.service;

/** An edit based on a version of the case that is no longer current. Maps to ABORTED. */
public class ConcurrentEditException extends RuntimeException {
    public ConcurrentEditException(String message) {
        super(message);
    }
}
