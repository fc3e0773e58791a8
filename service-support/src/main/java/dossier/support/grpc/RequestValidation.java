package dossier.support.grpc;

import io.grpc.BindableService;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The one place per service where a request is read and its fields are checked against the
 * service's {@code request-limits.yaml} ({@link RequestLimits}), before any handler runs: a request
 * that is not well-formed (a string that is not UTF-8) or breaks a bound is answered INVALID_ARGUMENT
 * naming the field, and nothing of it reaches the service.
 *
 * <p>A decorator of every gRPC service bean marked {@link CheckedRequests}: the service's definition is
 * wrapped ({@link CheckedService}) before Quarkus binds it, because the Vert.x gRPC server parses a
 * request with the method's own marshaller before any interceptor could see it. The wrapper also
 * gives each call its caller's deadline and cancellation ({@link CallBudget}).
 */
@Decorator
@Priority(1)
public class RequestValidation implements BindableService {

    private static final Logger LOG = Logger.getLogger(RequestValidation.class);

    /** Null where the application serves no gRPC of its own (web-ui's test fakes): nothing is checked. */
    private final RequestLimits limits = load();

    private static RequestLimits load() {
        try {
            Optional<RequestLimits> limits = RequestLimits.onClasspath();
            if (limits.isEmpty()) {
                LOG.warnf("no %s on the classpath: gRPC requests are not checked against field limits", RequestLimits.RESOURCE);
            }
            return limits.orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Inject
    @Delegate
    @CheckedRequests
    BindableService service;

    @Override
    public ServerServiceDefinition bindService() {
        return CheckedService.wrap(service.bindService(), this::refusal);
    }

    /** Why the request is refused (RESOURCE_EXHAUSTED when too large as a whole, else INVALID_ARGUMENT), or null. */
    Status refusal(com.google.protobuf.Message request) {
        if (limits == null) {
            return null;
        }
        Optional<String> large = limits.tooLarge(request);
        if (large.isPresent()) {
            return Status.RESOURCE_EXHAUSTED.withDescription(large.get());
        }
        return limits.violation(request).map(Status.INVALID_ARGUMENT::withDescription).orElse(null);
    }
}
