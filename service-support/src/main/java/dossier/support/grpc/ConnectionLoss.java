package dossier.support.grpc;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;

import java.util.function.Supplier;

import org.jboss.logging.Logger;

/**
 * A call that failed because its connection was torn down under it, not because of what it asked:
 * the server sent GOAWAY ("Connection closed after GOAWAY", INTERNAL or UNAVAILABLE). Vert.x's HTTP/2
 * server does that to a whole connection when it answers a stream its client had already reset
 * (Netty: "Request stream N is not correct for server connection"), and every other call in flight
 * on it fails too — seen in the soak, about one Screen in 2,000. A read may be sent again at once on
 * a new connection; a write is not retried here (its client request id makes a retry safe, the
 * caller decides).
 */
public final class ConnectionLoss {

    private static final Logger LOG = Logger.getLogger(ConnectionLoss.class);

    private ConnectionLoss() {
    }

    /** A read, sent once more when its connection was torn down under it; any other failure is thrown. */
    public static <T> T retryingRead(Supplier<T> read) {
        try {
            return read.get();
        } catch (StatusRuntimeException e) {
            if (!is(e)) {
                throw e;
            }
            LOG.infof("a read's connection was torn down under it (%s); sending it once more", e.getStatus().getCode());
            return read.get();
        }
    }

    public static boolean is(Throwable failure) {
        Status status = Status.fromThrowable(failure);
        return (status.getCode() == Status.Code.INTERNAL || status.getCode() == Status.Code.UNAVAILABLE)
                && status.getDescription() != null && status.getDescription().contains("GOAWAY");
    }
}
