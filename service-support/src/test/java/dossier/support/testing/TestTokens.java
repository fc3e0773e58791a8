package dossier.support.testing;

import io.smallrye.jwt.build.Jwt;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Access tokens for the services' tests, shaped as Keycloak issues them (roles in
 * {@code realm_access.roles}, the user in {@code preferred_username}) and signed with a key that
 * exists only in this test-jar; the services' test profile verifies them with its public half
 * (META-INF/microprofile-config.properties here). Real sign-in is tested against Keycloak in deploy.
 */
public final class TestTokens {

    /** The issuer the test profile expects. */
    public static final String ISSUER = "https://dossier.test/realms/dossier";
    /** Every role: the default caller of tests that are not about authorisation. */
    public static final Set<String> ALL_ROLES = Set.of("analyst", "reviewer", "list-admin", "integrator", "auditor");
    /** The user name of the default test caller. */
    public static final String DEFAULT_USER = "test-user";

    private static final PrivateKey KEY = loadKey();

    private TestTokens() {
    }

    /** A token of {@code user} holding {@code roles}, valid for an hour. */
    public static String token(String user, Set<String> roles) {
        return Jwt.issuer(ISSUER)
                .subject(user)
                .claim("preferred_username", user)
                .claim("realm_access", Map.of("roles", List.copyOf(roles)))
                .expiresIn(3600)
                .jws().keyId("dossier-test")
                .sign(KEY);
    }

    /** A token of a user named after its one role (e.g. "reviewer"). */
    public static String forRole(String role) {
        return token(role, Set.of(role));
    }

    private static PrivateKey loadKey() {
        try (InputStream in = TestTokens.class.getResourceAsStream("/dossier/testing/test-signing-key.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
