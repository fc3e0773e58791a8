package dossier.source.grpc;

import org.jboss.logging.Logger;

import dossier.source.domain.DependencyUnavailableException;
import dossier.source.domain.SourceNotFoundException;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;

/**
 * The one place where exceptions become gRPC status: input errors → INVALID_ARGUMENT, missing →
 * NOT_FOUND, a dependency down → UNAVAILABLE, anything else → INTERNAL with a generic message
 * (the stack trace goes to the log, never to the caller).
 */
public final class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    public static StatusRuntimeException toStatus(Throwable t) {
        if (t instanceof StatusRuntimeException sre) {
            return sre;
        }
        if (t instanceof StatusException se) {
            return se.getStatus().asRuntimeException();
        }
        if (t instanceof IllegalArgumentException) {
            return Status.INVALID_ARGUMENT.withDescription(t.getMessage()).asRuntimeException();
        }
        if (t instanceof SourceNotFoundException) {
            return Status.NOT_FOUND.withDescription(t.getMessage()).asRuntimeException();
        }
        if (t instanceof DependencyUnavailableException) {
            LOG.warnf("%s (cause: %s)", t.getMessage(), t.getCause());
            return Status.UNAVAILABLE.withDescription(t.getMessage()).asRuntimeException();
        }
        LOG.error("unexpected error in source-service", t);
        return Status.INTERNAL.withDescription("source-service failed unexpectedly; the error is in its log").asRuntimeException();
    }

    private ErrorMapper() {
    }
}
