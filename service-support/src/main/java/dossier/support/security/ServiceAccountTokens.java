package dossier.support.security;

import java.util.Optional;

/**
 * The service's own access token for background work (client credentials of its service account),
 * provided by a service that does such work; {@link CallerTokens} falls back to it.
 */
public interface ServiceAccountTokens {

    Optional<String> token();
}
