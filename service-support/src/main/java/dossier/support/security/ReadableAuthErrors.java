package dossier.support.security;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.Status;
import io.grpc.StatusException;
import io.quarkus.grpc.auth.AuthExceptionHandler;
import io.quarkus.grpc.auth.AuthExceptionHandlerProvider;
import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Singleton;

/**
 * A refused call answered as a client can act on it: UNAUTHENTICATED when there was no valid
 * token (Quarkus answers PERMISSION_DENIED for a call without a token), PERMISSION_DENIED when the
 * token's roles do not allow the call; each with a sentence saying what to do.
 */
@Singleton
public class ReadableAuthErrors implements AuthExceptionHandlerProvider {

    static final String NO_TOKEN = "sign in: this call needs a bearer access token of Dossier's identity provider "
            + "(header 'authorization: Bearer <token>'; locally: deploy/local/dossier token ROLE)";
    static final String BAD_TOKEN = "the bearer token was refused: expired, not signed by Dossier's identity provider, or for another issuer";
    static final String NOT_ALLOWED = "your roles do not allow this call (README, Security: what each role may do)";

    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1;
    }

    @Override
    public <Q, R> AuthExceptionHandler<Q, R> createHandler(ServerCall.Listener<Q> listener, ServerCall<Q, R> call, Metadata metadata) {
        return new AuthExceptionHandler<>(listener, call, metadata) {
            @Override
            protected void handleException(Throwable failure, ServerCall<Q, R> serverCall, Metadata trailers) {
                if (handlesException(failure)) {
                    serverCall.close(status(failure), trailers);
                } else {
                    super.handleException(failure, serverCall, trailers);
                }
            }
        };
    }

    @Override
    public StatusException transformToStatusException(Throwable failure) {
        return new StatusException(status(failure));
    }

    @Override
    public boolean handlesException(Throwable failure) {
        return isRefusal(failure);
    }

    /** A failed sign-in or a refused role check (Quarkus Security's exceptions). */
    public static boolean isRefusal(Throwable failure) {
        return failure instanceof SecurityException || failure instanceof AuthenticationException;
    }

    public static Status status(Throwable failure) {
        if (failure instanceof UnauthorizedException) {
            return Status.UNAUTHENTICATED.withDescription(NO_TOKEN);
        }
        if (failure instanceof AuthenticationException) {
            return Status.UNAUTHENTICATED.withDescription(BAD_TOKEN);
        }
        if (failure instanceof ForbiddenException) {
            return Status.PERMISSION_DENIED.withDescription(NOT_ALLOWED);
        }
        return Status.PERMISSION_DENIED.withDescription(NOT_ALLOWED);
    }
}
