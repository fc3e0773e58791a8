package dossier.source.domain;

/** Another service of the suite cannot be reached (mapped to UNAVAILABLE, naming the service). */
public class DependencyUnavailableException extends RuntimeException {
    public DependencyUnavailableException(String service, Throwable cause) {
        super(service + " is unavailable; nothing was stored, try again later", cause);
    }
}
