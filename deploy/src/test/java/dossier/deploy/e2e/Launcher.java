package dossier.deploy.e2e;

import dossier.deploy.e2e.Suite.Service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The local launcher, deploy/local/dossier, driven as a user drives it: {@code up}, {@code down},
 * and a service killed with {@code kill -9} of the pid the launcher recorded. It runs on the
 * end-to-end ports of {@link Suite.Service}, plaintext, with its own $DOSSIER_HOME, and signs in
 * against the tests' shared Keycloak (DOSSIER_OIDC_EXTERNAL: the launcher starts none).
 */
final class Launcher {

    /** The launcher's name of each service (its pid file, its log). */
    static String name(Service service) {
        return switch (service) {
            case ENTITY -> "entity";
            case SOURCE -> "source";
            case SANCTIONS -> "sanctions";
            case WEB -> "web";
        };
    }

    private final Path script;
    private final Path home;
    private final Map<String, String> environment = new HashMap<>();

    /** {@code extra}: set for the launcher and so for every service it starts. */
    Launcher(Path repo, Path home, Map<String, String> extra) throws IOException {
        this.script = repo.resolve("deploy/local/dossier");
        this.home = home;
        Keycloak keycloak = Keycloak.shared();
        Files.createDirectories(home);
        // the launcher reads the clients' secrets from here (it writes new ones only when the file is missing)
        Path secrets = home.resolve("secrets.env");
        Map<String, String> service = keycloak.serviceEnvironment();
        Files.writeString(secrets, "DOSSIER_CLIENT_SECRET_WEB=" + service.get("DOSSIER_WEB_CLIENT_SECRET") + "\n"
                + "DOSSIER_CLIENT_SECRET_SERVICES=" + service.get("DOSSIER_SERVICE_CLIENT_SECRET") + "\n");
        Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-------"));
        environment.put("DOSSIER_HOME", home.toString());
        // its own data too: a DOSSIER_DATA_DIR exported around the build (by `dossier test` for its
        // own home) would otherwise put this suite's stores in another suite's data
        environment.put("DOSSIER_DATA_DIR", home.resolve("data").toString());
        environment.put("DOSSIER_TLS", "off");
        environment.put("DOSSIER_OIDC_EXTERNAL", "1");
        environment.put("DOSSIER_OIDC_ISSUER", keycloak.issuer());
        environment.put("DOSSIER_KEYCLOAK_PORT", String.valueOf(Keycloak.PORT));
        for (Service s : Service.values()) {
            environment.put("DOSSIER_" + s.env + "_PORT", String.valueOf(s.port));
            environment.put("DOSSIER_" + s.env + "_MANAGEMENT_PORT", String.valueOf(s.managementPort));
        }
        environment.putAll(extra);
    }

    Path log(Service service) {
        return home.resolve("logs").resolve(name(service) + ".log");
    }

    /** What one command printed (stdout and stderr together) and its exit status. */
    record Outcome(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    Outcome up() throws IOException, InterruptedException {
        return run("up");
    }

    Outcome down() throws IOException, InterruptedException {
        return run("down");
    }

    /** The pid the launcher recorded for the service; 0 when none. */
    long pid(Service service) throws IOException {
        Path file = home.resolve("run").resolve(name(service) + ".pid");
        return Files.exists(file) ? Long.parseLong(Files.readString(file).strip()) : 0;
    }

    /** kill -9 of the service's recorded pid, as an operator or the OOM killer would; returns the pid. */
    long kill9(Service service) throws IOException, InterruptedException {
        long pid = pid(service);
        if (pid <= 0) {
            throw new IllegalStateException(name(service) + " has no recorded pid");
        }
        Process kill = new ProcessBuilder("kill", "-9", String.valueOf(pid)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -9 " + pid + " failed");
        }
        return pid;
    }

    private Outcome run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(script.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(environment);
        Process p = pb.start();
        // the services it starts inherit no pipe of ours (their output goes to their logs)
        String output = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("dossier " + String.join(" ", args) + " did not end");
        }
        return new Outcome(p.exitValue(), output);
    }
}
