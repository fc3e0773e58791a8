package dossier.sanctions.service;

/** The request is valid but the case is not in a state that allows it. Maps to FAILED_PRECONDITION. */
public class FailedPreconditionException extends RuntimeException {
    public FailedPreconditionException(String message) {
        super(message);
    }
}
