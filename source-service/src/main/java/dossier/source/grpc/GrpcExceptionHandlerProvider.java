package dossier.source.grpc;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import dossier.source.domain.DependencyUnavailableException;
import dossier.source.domain.SourceNotFoundException;
import dossier.support.grpc.GrpcStatusMapper;
import io.grpc.Status;

/**
 * source-service's errors as gRPC status (the mapping itself is shared: {@link GrpcStatusMapper}):
 * missing sources and cases NOT_FOUND, a dependency down UNAVAILABLE.
 */
@ApplicationScoped
public class GrpcExceptionHandlerProvider extends GrpcStatusMapper {

    public GrpcExceptionHandlerProvider() {
        super("source-service", Map.of(
                SourceNotFoundException.class, Status.Code.NOT_FOUND,
                DependencyUnavailableException.class, Status.Code.UNAVAILABLE));
    }
}
