package dossier.support.grpc;

import dossier.support.security.ReadableAuthErrors;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.Status;
import io.grpc.StatusException;
import io.grpc.StatusRuntimeException;
import io.quarkus.grpc.ExceptionHandler;
import io.quarkus.grpc.ExceptionHandlerProvider;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;

/**
 * Where failures become gRPC status, the same way in every service: input errors
 * INVALID_ARGUMENT, unknown ids NOT_FOUND, a dependency down UNAVAILABLE, the service's own
 * exception types as it declares them, anything else INTERNAL with a generic message (the stack
 * trace goes to the log only). Authentication will enter beside it.
 *
 * <p>A service extends this with its table of domain exceptions. The cause chain is walked once,
 * outermost first, and the first exception the table (or gRPC) knows decides: a domain exception
 * wrapped by a framework (a transaction, an interceptor) keeps its status.
 *
 * <p>A description is cut to {@link #MAX_DESCRIPTION} characters: it travels in a response header,
 * and a message that echoed a 90,000-character id made the HTTP/2 stream fail with no answer.
 */
public abstract class GrpcStatusMapper implements ExceptionHandlerProvider {

    /** The longest description sent to a caller; longer ones end in an ellipsis. */
    public static final int MAX_DESCRIPTION = 300;

    private static final Logger LOG = Logger.getLogger(GrpcStatusMapper.class);

    private final String service;
    private final Map<Class<? extends Throwable>, Status.Code> known;

    /**
     * @param service the service's name, for the generic INTERNAL message
     * @param domain  the service's own exception types and the status each stands for
     *                (IllegalArgumentException → INVALID_ARGUMENT is always known)
     */
    protected GrpcStatusMapper(String service, Map<Class<? extends Throwable>, Status.Code> domain) {
        this.service = service;
        this.known = domain;
    }

    @Override
    public <ReqT, RespT> ExceptionHandler<ReqT, RespT> createHandler(ServerCall.Listener<ReqT> listener,
                                                                     ServerCall<ReqT, RespT> call, Metadata metadata) {
        return new ExceptionHandler<>(listener, call, metadata) {
            @Override
            protected void handleException(Throwable t, ServerCall<ReqT, RespT> c, Metadata m) {
                StatusException se = toStatus(t).asException();
                c.close(se.getStatus(), new Metadata());
            }
        };
    }

    @Override
    public Throwable transform(Throwable t) {
        return toStatus(t).asException();
    }

    /** The status a caller sees for this failure. */
    public Status toStatus(Throwable t) {
        for (Throwable e = t; e != null; e = e.getCause() == e ? null : e.getCause()) {
            Status s = known(e);
            if (s != null) {
                return bounded(s);
            }
        }
        LOG.error("unexpected failure in a gRPC call", t);
        return Status.INTERNAL.withDescription("internal error in " + service + "; the details are in its log");
    }

    /**
     * A service's own decision for one exception of the chain, before its table is read: for a
     * status whose message must not be the exception's (a database error says nothing of the
     * database to the caller). Null: not decided here.
     */
    protected Status decide(Throwable e) {
        return null;
    }

    private Status known(Throwable e) {
        Status own = decide(e);
        if (own != null) {
            return own;
        }
        if (e instanceof StatusRuntimeException sre) {
            return sre.getStatus();
        }
        if (ReadableAuthErrors.isRefusal(e)) {
            // a role check refused a Mutiny-based service's call: the same answer as on the others
            return ReadableAuthErrors.status(e);
        }
        if (e instanceof StatusException se) {
            return se.getStatus();
        }
        for (Map.Entry<Class<? extends Throwable>, Status.Code> k : known.entrySet()) {
            if (k.getKey().isInstance(e)) {
                if (k.getValue() == Status.Code.UNAVAILABLE) {
                    LOG.warnf("%s (cause: %s)", e.getMessage(), e.getCause());
                }
                return Status.fromCode(k.getValue()).withDescription(e.getMessage());
            }
        }
        if (e instanceof IllegalArgumentException && !thrownInStorage(e)) {
            return Status.INVALID_ARGUMENT.withDescription(e.getMessage());
        }
        return null;
    }

    /**
     * The libraries that read and write a service's data: an IllegalArgumentException thrown inside
     * one is a fault of the stored data or of the code that called it, not of the caller's request
     * (a stored case status read back as "3": "No enum constant ... Status.3" was answered as
     * INVALID_ARGUMENT before). Such a call is INTERNAL, and logged.
     */
    private static final List<String> STORAGE_PACKAGES = List.of("org.hibernate.", "org.h2.", "org.postgresql.",
            "io.agroal.", "com.mongodb.", "org.bson.", "de.bwaldvogel.");

    /** Whether the first frame outside the JDK that threw {@code e} belongs to a storage library. */
    static boolean thrownInStorage(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            String cls = frame.getClassName();
            if (cls.startsWith("java.") || cls.startsWith("jdk.") || cls.startsWith("sun.")) {
                continue; // Enum.valueOf, UUID.fromString ...: who called it decides
            }
            return STORAGE_PACKAGES.stream().anyMatch(cls::startsWith);
        }
        return false;
    }

    static Status bounded(Status s) {
        String d = s.getDescription();
        return d != null && d.length() > MAX_DESCRIPTION
                ? s.withDescription(d.substring(0, MAX_DESCRIPTION - 1) + "…")
                : s;
    }
}
