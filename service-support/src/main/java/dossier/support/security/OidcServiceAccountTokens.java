package dossier.support.security;

import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Optional;

/**
 * The service account's token from the OIDC client (client-credentials grant, configured as
 * {@code quarkus.oidc-client.*}), kept until it is about to expire. Empty where no client is
 * configured (the web UI, which only acts for signed-in users; tests).
 */
@ApplicationScoped
public class OidcServiceAccountTokens implements ServiceAccountTokens {

    private static final Logger LOG = Logger.getLogger(OidcServiceAccountTokens.class);
    /** Long enough for a slow identity provider, short enough that a background retry comes soon. */
    private static final Duration TOKEN_WAIT = Duration.ofSeconds(10);

    @Inject
    Instance<OidcClient> client;

    private Tokens tokens;

    @Override
    public synchronized Optional<String> token() {
        if (!client.isResolvable()) {
            return Optional.empty();
        }
        try {
            if (tokens == null || tokens.isAccessTokenExpired() || tokens.isAccessTokenWithinRefreshInterval()) {
                tokens = client.get().getTokens().await().atMost(TOKEN_WAIT);
            }
            return Optional.ofNullable(tokens.getAccessToken());
        } catch (RuntimeException e) {
            LOG.warnf("no service-account token (%s): background calls go out without one and are refused", e.getMessage());
            tokens = null;
            return Optional.empty();
        }
    }
}
