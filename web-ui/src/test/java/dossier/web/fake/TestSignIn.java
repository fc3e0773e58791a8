package dossier.web.fake;

import dossier.support.testing.TestTokens;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Set;

/**
 * Signs every browser request of the web UI's tests in as one test user (the real sign-in, the
 * OpenID Connect code flow with Keycloak, is tested end to end in deploy). A test changes the
 * user's roles with {@link #as} to see what a role is offered; each test starts with all roles.
 */
@ApplicationScoped
public class TestSignIn implements HttpAuthenticationMechanism {

    public static final String USER = "test-analyst";
    private static volatile Set<String> roles = TestTokens.ALL_ROLES;

    /** The roles of the next requests (until {@link #reset}). */
    public static void as(Set<String> newRoles) {
        roles = Set.copyOf(newRoles);
    }

    public static void reset() {
        roles = TestTokens.ALL_ROLES;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        Set<String> current = roles;
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(USER))
                .addRoles(current)
                .addCredential(new AccessTokenCredential(TestTokens.token(USER, current)))
                .build());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }
}
