package dossier.deploy.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The four packaged services started as separate processes on their own ports and one data
 * directory, as the launcher starts them — the end-to-end tests talk to them only over gRPC and HTTP.
 */
final class Suite implements AutoCloseable {

    enum Service {
        ENTITY("entity-service", "ENTITY", 28101, 28151),
        SOURCE("source-service", "SOURCE", 28102, 28152),
        SANCTIONS("sanctions-service", "SANCTIONS", 28103, 28153),
        WEB("web-ui", "WEB", 28080, 28154);

        final String module;
        final String env;
        final int port;
        /** Health and metrics (the management interface). */
        final int managementPort;

        Service(String module, String env, int port, int managementPort) {
            this.module = module;
            this.env = env;
            this.port = port;
            this.managementPort = managementPort;
        }
    }

    /** The line each start of a service writes into its log before the service's own output. */
    static final String START_MARKER = "# e2e: starting ";

    private final Path repo;
    private final Path dataDir;
    private final Path logDir;
    private final Map<String, String> environment;
    private final Map<Service, Process> processes = new LinkedHashMap<>();
    private final Set<Service> started = EnumSet.noneOf(Service.class);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** {@code environment}: set for every service, on top of the ports and hosts (e.g. tracing, log format). */
    Suite(Path repo, Path dataDir, Path logDir, Map<String, String> environment) {
        this.repo = repo;
        this.dataDir = dataDir;
        this.logDir = logDir;
        this.environment = Map.copyOf(environment);
    }

    Path log(Service service) {
        return logDir.resolve(service.module + ".log");
    }

    static Path repo() {
        return Path.of(System.getProperty("dossier.repo", "..")).toAbsolutePath().normalize();
    }

    void startAll(Duration timeout) throws IOException, InterruptedException {
        for (Service s : Service.values()) {
            start(s);
        }
        for (Service s : Service.values()) {
            awaitReady(s, timeout);
        }
    }

    /** Some of the services, each started, then each awaited (entity first: the others call it). */
    void startAndAwait(Duration timeout, Service... services) throws IOException, InterruptedException {
        for (Service s : services) {
            start(s);
        }
        for (Service s : services) {
            awaitReady(s, timeout);
        }
    }

    void start(Service service) throws IOException {
        Path jar = repo.resolve(service.module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (./mvnw install -DskipTests)");
        }
        Files.createDirectories(logDir);
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()))
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log(service).toFile()));
        // A fresh log per run; each start within the run begins with this marker line.
        Files.writeString(log(service), START_MARKER + service.module + "\n", StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                started.add(service) ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND);
        Map<String, String> env = pb.environment();
        // every service verifies tokens of the real identity provider (started once for all suites)
        env.putAll(Keycloak.shared().serviceEnvironment());
        env.putAll(environment);
        env.put("DOSSIER_DATA_DIR", dataDir.toString());
        // Plaintext, as DOSSIER_TLS=off in the launcher (TLS of the packaged suite: the launcher's run, README)
        env.put("QUARKUS_PROFILE", "plaintext");
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        for (Service s : Service.values()) {
            env.put("DOSSIER_" + s.env + "_MANAGEMENT_PORT", String.valueOf(s.managementPort));
            env.put("DOSSIER_" + s.env + "_PORT", String.valueOf(s.port));
            env.put("DOSSIER_" + s.env + "_HOST", "localhost");
        }
        processes.put(service, pb.start());
    }

    void stop(Service service) throws InterruptedException {
        Process p = processes.remove(service);
        if (p != null) {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
        }
    }

    /** SIGKILL, as a crash or an OOM kill ends a process: no shutdown hook, no flush. */
    void kill(Service service) throws InterruptedException {
        Process p = processes.remove(service);
        if (p != null) {
            p.destroyForcibly().waitFor();
        }
    }

    void awaitReady(Service service, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Process p = processes.get(service);
            if (p != null && !p.isAlive()) {
                throw new IllegalStateException(service.module + " exited with " + p.exitValue() + ": see " + log(service));
            }
            if (ready(service)) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(service.module + " not ready within " + timeout + ": see " + log(service));
    }

    boolean ready(Service service) {
        try {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.managementPort + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String target(Service service) {
        return "localhost:" + service.port;
    }

    /** Channels to the three services, signed in as the local user of {@code role}. */
    static dossier.deploy.cli.Endpoints endpointsAs(String role) {
        Keycloak keycloak = Keycloak.shared();
        return new dossier.deploy.cli.Endpoints(target(Service.ENTITY), target(Service.SOURCE), target(Service.SANCTIONS),
                io.grpc.InsecureChannelCredentials.create(), java.util.Optional.of(() -> keycloak.token(role)));
    }

    @Override
    public void close() throws InterruptedException {
        for (Service s : List.copyOf(processes.keySet()).reversed()) {
            stop(s);
        }
    }
}
