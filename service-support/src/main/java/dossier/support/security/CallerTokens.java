package dossier.support.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The bearer token a call to another service carries: the signed-in caller's own access token
 * (so the called service authorises the user, not this service), a token bound to the thread for
 * work that left the request (an upload processed in the background for the user who started it),
 * or, for work no user started (re-evaluation after an ingest, the first list import), the
 * service's own service-account token.
 */
// looked up programmatically (the web UI's screens), so never removed as unused
@io.quarkus.arc.Unremovable
@ApplicationScoped
public class CallerTokens {

    private static final ThreadLocal<String> BOUND = new ThreadLocal<>();

    @Inject
    Instance<SecurityIdentity> identity;

    @Inject
    Instance<ServiceAccountTokens> serviceAccount;

    /** The token for an outgoing call, if there is one. */
    public Optional<String> current() {
        String bound = BOUND.get();
        if (bound != null) {
            return Optional.of(bound);
        }
        return callerToken().or(this::serviceAccountToken);
    }

    /** The service's own token; empty where no service account is configured (or outside CDI, in plain unit tests). */
    private Optional<String> serviceAccountToken() {
        return serviceAccount != null && serviceAccount.isResolvable() ? serviceAccount.get().token() : Optional.empty();
    }

    /** The access token of the request being served (empty outside a request or for an anonymous caller). */
    public Optional<String> callerToken() {
        if (identity == null) {
            return Optional.empty();
        }
        try {
            SecurityIdentity id = identity.get();
            if (id == null || id.isAnonymous()) {
                return Optional.empty();
            }
            AccessTokenCredential access = id.getCredential(AccessTokenCredential.class);
            return access == null ? Optional.empty() : Optional.ofNullable(access.getToken());
        } catch (RuntimeException noRequestActive) {
            return Optional.empty();
        }
    }

    /** Runs {@code work} with {@code token} on its outgoing calls (work moved off the request thread). */
    public static <T> T callAs(String token, Callable<T> work) throws Exception {
        String before = BOUND.get();
        BOUND.set(token);
        try {
            return work.call();
        } finally {
            if (before == null) {
                BOUND.remove();
            } else {
                BOUND.set(before);
            }
        }
    }

    /**
     * Runs {@code work} as this service's own account where one is configured (follow-up work the
     * system owes, such as the re-evaluation after an ingest, whoever's call caused it), else as the caller.
     */
    public <T> T asService(java.util.function.Supplier<T> work) {
        Optional<String> own = serviceAccountToken();
        if (own.isEmpty()) {
            return work.get();
        }
        try {
            return callAs(own.get(), work::get);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@link #callAs} for work that returns nothing and throws nothing checked. */
    public static void runAs(String token, Runnable work) {
        try {
            callAs(token, () -> {
                work.run();
                return null;
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
