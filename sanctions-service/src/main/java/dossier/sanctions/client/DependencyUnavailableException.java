package dossier.sanctions.client;

import io.grpc.StatusRuntimeException;
import org.jboss.logging.Logger;

/** Another service of the suite cannot be reached. Maps to UNAVAILABLE, naming the service. */
public class DependencyUnavailableException extends RuntimeException {
    private static final Logger LOG = Logger.getLogger(DependencyUnavailableException.class);

    private final String service;

    public DependencyUnavailableException(String service, String detail, Throwable cause) {
        super(service + " unavailable: " + detail, cause);
        this.service = service;
    }

    /**
     * {@code what} ("matching names") failed with the call's status: its code goes to the caller,
     * its description (a transport's reason, which can be long) to the log, where an operator
     * looks for why.
     */
    static DependencyUnavailableException of(String service, String what, StatusRuntimeException e) {
        LOG.warnf("%s: %s failed: %s %s", service, what, e.getStatus().getCode(), e.getStatus().getDescription());
        return new DependencyUnavailableException(service, what + " failed (" + e.getStatus().getCode() + ")", e);
    }

    public String service() {
        return service;
    }
}
