package dossier.entity.grpc;

import dossier.entity.service.EntityNotFoundException;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.ExceptionHandler;
import io.quarkus.grpc.ExceptionHandlerProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import org.jboss.logging.Logger;

/**
 * The one place where errors become gRPC status (and where authentication will enter): input
 * errors INVALID_ARGUMENT, missing entities NOT_FOUND, the database down UNAVAILABLE, anything
 * else INTERNAL with a generic message. Stack traces go to the log only.
 */
@ApplicationScoped
public class GrpcErrors implements ExceptionHandlerProvider {

    private static final Logger LOG = Logger.getLogger(GrpcErrors.class);

    @Override
    public <ReqT, RespT> ExceptionHandler<ReqT, RespT> createHandler(ServerCall.Listener<ReqT> listener,
                                                                     ServerCall<ReqT, RespT> call, Metadata metadata) {
        return new ExceptionHandler<>(listener, call, metadata) {
            @Override
            protected void handleException(Throwable t, ServerCall<ReqT, RespT> c, Metadata m) {
                StatusException se = (StatusException) transform(t);
                c.close(se.getStatus(), se.getTrailers() == null ? new Metadata() : se.getTrailers());
            }
        };
    }

    @Override
    public Throwable transform(Throwable t) {
        return toStatus(t).asException();
    }

    public static Status toStatus(Throwable t) {
        if (t instanceof StatusException se) return se.getStatus();
        if (t instanceof StatusRuntimeException sre) return sre.getStatus();
        if (t instanceof IllegalArgumentException) return Status.INVALID_ARGUMENT.withDescription(t.getMessage());
        if (t instanceof EntityNotFoundException) return Status.NOT_FOUND.withDescription(t.getMessage());
        if (t instanceof PersistenceException || t instanceof java.sql.SQLException
                || (t.getCause() != null && t.getCause() instanceof java.sql.SQLTransientException)) {
            LOG.error("database error", t);
            return Status.UNAVAILABLE.withDescription("the entity store is not available, try again later");
        }
        if (t.getCause() != null && t.getCause() != t && !(t instanceof RuntimeException && t.getCause() instanceof Error)) {
            Status inner = toStatus(t.getCause());
            if (inner.getCode() != Status.Code.INTERNAL) return inner;
        }
        LOG.error("unexpected error", t);
        return Status.INTERNAL.withDescription("internal error in entity-service (details are in its log)");
    }
}
