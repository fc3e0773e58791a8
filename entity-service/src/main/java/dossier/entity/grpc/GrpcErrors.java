package dossier.entity.grpc;

import dossier.entity.service.EntityNotFoundException;
import dossier.support.grpc.GrpcStatusMapper;
import io.grpc.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.util.Map;

/**
 * entity-service's errors as gRPC status (the mapping itself is shared: {@link GrpcStatusMapper}):
 * missing entities NOT_FOUND, the database down UNAVAILABLE with a message that says nothing of it.
 */
@ApplicationScoped
public class GrpcErrors extends GrpcStatusMapper {

    private static final Logger LOG = Logger.getLogger(GrpcErrors.class);

    public GrpcErrors() {
        super("entity-service", Map.of(EntityNotFoundException.class, Status.Code.NOT_FOUND));
    }

    @Override
    protected Status decide(Throwable e) {
        if (e instanceof PersistenceException || e instanceof SQLException) {
            LOG.error("database error", e);
            return Status.UNAVAILABLE.withDescription("the entity store is not available, try again later");
        }
        return null;
    }
}
