package dossier.web.client;

import dossier.support.grpc.ConnectionLoss;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Runs one gRPC call and turns a failure into a {@link ServiceException} whose message an analyst
 * understands: the service name plus what cannot be done now, or the service's own explanation
 * for input errors. Stack traces never leave this class.
 */
public final class ServiceCalls {

    private static final Logger LOG = Logger.getLogger(ServiceCalls.class);

    private ServiceCalls() {
    }

    /**
     * @param service     the service's name as operators know it, e.g. "sanctions-service"
     * @param consequence what the analyst cannot do while it fails, e.g. "cases cannot be listed right now"
     */
    public static <T> T call(String service, String consequence, Supplier<T> call) {
        try {
            return call.get();
        } catch (StatusRuntimeException e) {
            LOG.warnf("%s call failed: %s %s", service, e.getStatus().getCode(), e.getStatus().getDescription());
            throw translate(service, consequence, e.getStatus(), e);
        } catch (ServiceException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf(e, "%s call failed", service);
            // e.g. a channel that cannot even be built: still a dependency outage for the analyst
            throw new ServiceException(service, ServiceException.Kind.UNAVAILABLE,
                    service + " is unavailable — " + consequence, e);
        }
    }

    /**
     * A call that only reads: sent once more when its connection was torn down under it
     * ({@link ConnectionLoss}), so an analyst does not see an error for a transport hiccup.
     */
    public static <T> T read(String service, String consequence, Supplier<T> call) {
        return call(service, consequence, () -> ConnectionLoss.retryingRead(call));
    }

    static ServiceException translate(String service, String consequence, Status status, Throwable cause) {
        String description = status.getDescription() == null || status.getDescription().isBlank()
                ? null : status.getDescription();
        return switch (status.getCode()) {
            case UNAVAILABLE, DEADLINE_EXCEEDED, CANCELLED, UNIMPLEMENTED -> new ServiceException(service,
                    ServiceException.Kind.UNAVAILABLE,
                    service + " is unavailable — " + consequence, cause);
            case INVALID_ARGUMENT, FAILED_PRECONDITION, OUT_OF_RANGE, ALREADY_EXISTS -> new ServiceException(service,
                    ServiceException.Kind.INVALID_INPUT,
                    description != null ? description : service + " rejected the request", cause);
            case NOT_FOUND -> new ServiceException(service, ServiceException.Kind.NOT_FOUND,
                    description != null ? description : service + " does not know what was asked for", cause);
            default -> new ServiceException(service, ServiceException.Kind.FAILED,
                    service + " failed — " + consequence
                            + (description != null ? " (" + description + ")" : ""), cause);
        };
    }
}
