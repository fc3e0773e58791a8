package dossier.deploy.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The real identity provider of the end-to-end tests: the Keycloak distribution the build fetched,
 * started once per test JVM in its development mode with deploy/keycloak/dossier-realm.json and
 * passwords generated for this run, as deploy/local/dossier starts it. Gives the services their
 * issuer and client secrets, and the tests access tokens of each local user.
 */
final class Keycloak {

    static final int PORT = 28180;
    static final int MANAGEMENT_PORT = 28190;
    /** Roles of the local users (user name = role) and of the integrator's service account. */
    static final List<String> USERS = List.of("analyst", "reviewer", "list-admin", "auditor");
    static final String INTEGRATOR_CLIENT = "dossier-integrator";

    private static Keycloak shared;

    private final Map<String, String> secrets = new LinkedHashMap<>();
    private final Map<String, CachedToken> tokens = new ConcurrentHashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;

    private record CachedToken(String value, Instant renewAfter) {
    }

    /** The one Keycloak of this JVM, started on first use and stopped when the JVM ends. */
    static synchronized Keycloak shared() {
        if (shared == null) {
            Keycloak k = new Keycloak();
            k.start();
            Runtime.getRuntime().addShutdownHook(new Thread(k::stop));
            shared = k;
        }
        return shared;
    }

    String issuer() {
        return "http://localhost:" + PORT + "/realms/dossier";
    }

    /** What a service needs to verify tokens and to act as its service account. */
    Map<String, String> serviceEnvironment() {
        return Map.of("DOSSIER_OIDC_ISSUER", issuer(),
                "DOSSIER_SERVICE_CLIENT_SECRET", secrets.get("DOSSIER_CLIENT_SECRET_SERVICES"),
                "DOSSIER_WEB_CLIENT_SECRET", secrets.get("DOSSIER_CLIENT_SECRET_WEB"));
    }

    String password(String user) {
        return secrets.get("DOSSIER_PASSWORD_" + user.toUpperCase().replace('-', '_'));
    }

    /** A valid access token of the user of {@code role} ("integrator": the integrator's service account). */
    String token(String role) {
        CachedToken cached = tokens.get(role);
        if (cached != null && Instant.now().isBefore(cached.renewAfter())) {
            return cached.value();
        }
        Map<String, String> form = role.equals("integrator")
                ? Map.of("grant_type", "client_credentials", "client_id", INTEGRATOR_CLIENT,
                        "client_secret", secrets.get("DOSSIER_CLIENT_SECRET_INTEGRATOR"))
                : Map.of("grant_type", "password", "client_id", "dossier-cli", "username", role, "password", password(role));
        String body = post(issuer() + "/protocol/openid-connect/token", form);
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!token.find()) {
            throw new IllegalStateException("no token for " + role + ": " + body);
        }
        // tokens live 15 minutes in the realm: renew well before
        tokens.put(role, new CachedToken(token.group(1), Instant.now().plus(Duration.ofMinutes(10))));
        return token.group(1);
    }

    private String post(String url, Map<String, String> form) {
        String encoded = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encoded)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak unreachable at " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void start() {
        try {
            Path target = Suite.repo().resolve("deploy/target");
            // the distribution the build unpacked (deploy/pom.xml); its first start builds it, later ones reuse that
            Path home = Path.of(System.getProperty("dossier.keycloak.home", target.resolve("keycloak").toString()));
            if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
                throw new IllegalStateException(home + " holds no Keycloak: the deploy module's build unpacks it (mvn -pl deploy generate-resources)");
            }
            // a realm of this run: its passwords and secrets are new, and Keycloak imports only into an empty database
            Path database = home.resolve("data/h2");
            if (Files.exists(database)) {
                try (var files = Files.walk(database)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            Path imports = Files.createDirectories(home.resolve("data/import"));
            Files.copy(Suite.repo().resolve("deploy/keycloak/dossier-realm.json"), imports.resolve("dossier-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            SecureRandom random = new SecureRandom();
            for (String user : USERS) {
                secrets.put("DOSSIER_PASSWORD_" + user.toUpperCase().replace('-', '_'), randomSecret(random));
            }
            for (String client : List.of("WEB", "SERVICES", "INTEGRATOR")) {
                secrets.put("DOSSIER_CLIENT_SECRET_" + client, randomSecret(random));
            }
            Path log = target.resolve("e2e-logs/keycloak.log");
            Files.createDirectories(log.getParent());
            ProcessBuilder pb = new ProcessBuilder(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                    "--http-port", String.valueOf(PORT), "--http-management-port", String.valueOf(MANAGEMENT_PORT), "--import-realm"))
                    .directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = pb.environment();
            env.putAll(secrets);
            env.put("DOSSIER_WEB_URL", "http://localhost:" + Suite.Service.WEB.port);
            env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx768m");
            env.put("JAVA_HOME", Path.of(ProcessHandle.current().info().command().orElseThrow()).getParent().getParent().toString());
            process = pb.start();
            awaitReady(Duration.ofMinutes(6), log);
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak could not start", e);
        }
    }

    private void awaitReady(Duration timeout, Path log) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ": see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(issuer() + "/.well-known/openid-configuration"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Keycloak not ready within " + timeout + ": see " + log);
    }

    void stop() {
        if (process != null && process.isAlive()) {
            process.toHandle().descendants().forEach(ProcessHandle::destroy);
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String randomSecret(SecureRandom random) {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
