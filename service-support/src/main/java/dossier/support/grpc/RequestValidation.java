package dossier.support.grpc;

import com.google.protobuf.Message;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.Status;
import io.quarkus.grpc.GlobalInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The one place per service where a request's fields are checked against the service's
 * {@code request-limits.yaml} ({@link RequestLimits}), before any handler runs: a request that breaks
 * a bound is answered INVALID_ARGUMENT naming the field, and nothing of it reaches the service.
 */
@ApplicationScoped
@GlobalInterceptor
public class RequestValidation implements ServerInterceptor {

    /** The service's own limits file on its classpath. */
    public static final String RESOURCE = "request-limits.yaml";

    private static final Logger LOG = Logger.getLogger(RequestValidation.class);

    /** Null where the application serves no gRPC of its own (web-ui's test fakes): nothing is checked. */
    private final RequestLimits limits = load();

    private static RequestLimits load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.warnf("no %s on the classpath: gRPC requests are not checked against field limits", RESOURCE);
                return null;
            }
            return RequestLimits.parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers, ServerCallHandler<Q, R> next) {
        ServerCall.Listener<Q> delegate = next.startCall(call, headers);
        if (limits == null) {
            return delegate;
        }
        return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(delegate) {
            private boolean refused;

            @Override
            public void onMessage(Q message) {
                Optional<String> large = message instanceof Message m ? limits.tooLarge(m) : Optional.empty();
                if (large.isPresent()) {
                    refused = true;
                    call.close(Status.RESOURCE_EXHAUSTED.withDescription(large.get()), new Metadata());
                    return;
                }
                Optional<String> bad = message instanceof Message m ? limits.violation(m) : Optional.empty();
                if (bad.isPresent()) {
                    refused = true;
                    call.close(Status.INVALID_ARGUMENT.withDescription(bad.get()), new Metadata());
                    return;
                }
                super.onMessage(message);
            }

            @Override
            public void onHalfClose() {
                if (!refused) {
                    super.onHalfClose();
                }
            }
        };
    }
}
