package dossier.sanctions.grpc;

import dossier.sanctions.client.DependencyUnavailableException;
import dossier.sanctions.service.FailedPreconditionException;
import dossier.sanctions.service.NotFoundException;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.ExceptionHandler;
import io.quarkus.grpc.ExceptionHandlerProvider;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The one place where failures become gRPC status: input errors → INVALID_ARGUMENT, unknown ids →
 * NOT_FOUND, a request the case's state does not allow → FAILED_PRECONDITION, a dependency down →
 * UNAVAILABLE, anything else → INTERNAL with a generic message (the stack trace goes to the log
 * only). Authentication will enter beside it.
 */
@ApplicationScoped
public class GrpcErrorMapper implements ExceptionHandlerProvider {
    private static final Logger LOG = Logger.getLogger(GrpcErrorMapper.class);

    @Override
    public <ReqT, RespT> ExceptionHandler<ReqT, RespT> createHandler(ServerCall.Listener<ReqT> listener,
                                                                     ServerCall<ReqT, RespT> serverCall, Metadata metadata) {
        return new ExceptionHandler<>(listener, serverCall, metadata) {
            @Override
            protected void handleException(Throwable t, ServerCall<ReqT, RespT> call, Metadata md) {
                Status s = toStatus(t);
                call.close(s, new Metadata());
            }
        };
    }

    @Override
    public Throwable transform(Throwable t) {
        return new StatusException(toStatus(t));
    }

    public static Status toStatus(Throwable t) {
        Throwable e = t;
        while (e instanceof RuntimeException && e.getCause() != null && !(e instanceof StatusRuntimeException)
                && !(e instanceof IllegalArgumentException) && !(e instanceof NotFoundException)
                && !(e instanceof DependencyUnavailableException) && !(e instanceof FailedPreconditionException) && e.getClass().getName().startsWith("jakarta.")) {
            e = e.getCause();
        }
        if (e instanceof StatusRuntimeException sre) {
            return sre.getStatus();
        }
        if (e instanceof StatusException se) {
            return se.getStatus();
        }
        if (e instanceof IllegalArgumentException) {
            return Status.INVALID_ARGUMENT.withDescription(e.getMessage());
        }
        if (e instanceof NotFoundException) {
            return Status.NOT_FOUND.withDescription(e.getMessage());
        }
        if (e instanceof FailedPreconditionException) {
            return Status.FAILED_PRECONDITION.withDescription(e.getMessage());
        }
        if (e instanceof DependencyUnavailableException) {
            LOG.warn(e.getMessage());
            return Status.UNAVAILABLE.withDescription(e.getMessage() + "; try again when it is up");
        }
        LOG.error("Unexpected failure in a gRPC call", t);
        return Status.INTERNAL.withDescription("internal error in sanctions-service; see its log");
    }
}
