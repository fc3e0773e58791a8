package dossier.web.client;

/**
 * A call to one of the back-end services failed. The message is written for the analyst
 * (it names the service and what cannot be done), so the UI can show it as it is.
 */
public class ServiceException extends RuntimeException {

    /** What went wrong, coarse enough for the UI to choose how to react. */
    public enum Kind { UNAVAILABLE, INVALID_INPUT, NOT_FOUND, FAILED }

    private final String service;
    private final Kind kind;

    public ServiceException(String service, Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.service = service;
        this.kind = kind;
    }

    public String service() {
        return service;
    }

    public Kind kind() {
        return kind;
    }
}
