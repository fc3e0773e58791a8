package dossier.sanctions.grpc;

import dossier.sanctions.client.DependencyUnavailableException;
import dossier.sanctions.service.ConcurrentEditException;
import dossier.sanctions.service.FailedPreconditionException;
import dossier.sanctions.service.NotFoundException;
import dossier.support.grpc.GrpcStatusMapper;
import io.grpc.Status;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/**
 * sanctions-service's errors as gRPC status (the mapping itself is shared: {@link GrpcStatusMapper}):
 * unknown ids NOT_FOUND, a request the case's state does not allow FAILED_PRECONDITION, a
 * dependency down UNAVAILABLE.
 */
@ApplicationScoped
public class GrpcErrorMapper extends GrpcStatusMapper {

    public GrpcErrorMapper() {
        super("sanctions-service", Map.of(
                NotFoundException.class, Status.Code.NOT_FOUND,
                FailedPreconditionException.class, Status.Code.FAILED_PRECONDITION,
                ConcurrentEditException.class, Status.Code.ABORTED,
                DependencyUnavailableException.class, Status.Code.UNAVAILABLE));
    }

    @Override
    protected Status decide(Throwable e) {
        // the caller is told when to try again
        return e instanceof DependencyUnavailableException
                ? Status.UNAVAILABLE.withDescription(e.getMessage() + "; try again when it is up")
                : null;
    }
}
