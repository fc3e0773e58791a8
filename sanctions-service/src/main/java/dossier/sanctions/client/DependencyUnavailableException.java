package dossier.sanctions.client;

/** Another service of the suite cannot be reached. Maps to UNAVAILABLE, naming the service. */
public class DependencyUnavailableException extends RuntimeException {
    private final String service;

    public DependencyUnavailableException(String service, String detail, Throwable cause) {
        super(service + " unavailable: " + detail, cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
