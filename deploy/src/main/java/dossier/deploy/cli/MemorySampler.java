package dossier.deploy.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The memory of the launched services over a run: each one's resident set ({@code VmRSS} of the
 * process the launcher recorded) and heap in use (the management port's {@code /q/metrics}), sampled
 * on demand, against its limits: the heap's maximum (the process's {@code -Xmx}) and the memory
 * budget the launcher gives it (DOSSIER_X_MEMORY_LIMIT, MiB: heap and everything outside it, as a
 * container's memory limit).
 */
final class MemorySampler {

    private static final Pattern XMX = Pattern.compile("-Xmx(\\d+)([kKmMgG]?)");
    private static final Pattern HEAP_USED = Pattern.compile("^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*}\\s+(\\S+)", Pattern.MULTILINE);

    /** One service's samples. */
    static final class Service {
        final String name;
        final long pid;
        final OptionalLong managementPort;
        final long rssLimit;
        final long heapLimit;
        final List<long[]> samples = new ArrayList<>();   // {nanoTime, rss, heap (-1: unknown)}
        boolean restarted;

        Service(String name, long pid, OptionalLong managementPort, long rssLimit, long heapLimit) {
            this.name = name;
            this.pid = pid;
            this.managementPort = managementPort;
            this.rssLimit = rssLimit;
            this.heapLimit = heapLimit;
        }

        long peakRss() {
            return samples.stream().mapToLong(s -> s[1]).max().orElse(-1);
        }

        long peakHeap() {
            return samples.stream().mapToLong(s -> s[2]).max().orElse(-1);
        }

        /** The least heap in use in a part of the run: about the live data after a collection. */
        long leastHeap(double fromFraction, double toFraction) {
            int n = samples.size();
            return samples.subList((int) (n * fromFraction), Math.max((int) (n * fromFraction) + 1, (int) (n * toFraction))).stream()
                    .mapToLong(s -> s[2]).filter(h -> h >= 0).min().orElse(-1);
        }

        boolean passed() {
            return !restarted && !samples.isEmpty() && peakRss() <= rssLimit && (heapLimit <= 0 || peakHeap() <= heapLimit);
        }
    }

    private final List<Service> services = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * The services the launcher started: {@code run} holds NAME.pid per service; the management
     * ports and memory limits come from DOSSIER_NAME_MANAGEMENT_PORT and DOSSIER_NAME_MEMORY_LIMIT.
     */
    MemorySampler(Path run, List<String> names, Map<String, String> env) throws IOException {
        for (String name : names) {
            // DOSSIER_NAME_PID: the JVM itself where the launcher recorded a script that runs it (Keycloak's kc.sh)
            String given = env.getOrDefault("DOSSIER_" + name.toUpperCase() + "_PID", "");
            Path pidFile = run.resolve(name + ".pid");
            if (given.isBlank() && !Files.exists(pidFile)) {
                throw new IllegalArgumentException("no " + pidFile + ": is " + name + " started by the launcher (dossier up)?");
            }
            long pid = Long.parseLong(given.isBlank() ? Files.readString(pidFile).strip() : given.strip());
            String limit = env.get("DOSSIER_" + name.toUpperCase() + "_MEMORY_LIMIT");
            if (limit == null || limit.isBlank()) {
                throw new IllegalArgumentException("DOSSIER_" + name.toUpperCase() + "_MEMORY_LIMIT is not set (the launcher sets it)");
            }
            String port = env.get("DOSSIER_" + name.toUpperCase() + "_MANAGEMENT_PORT");
            services.add(new Service(name, pid, port == null || name.equals("keycloak") ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(port)),
                    Long.parseLong(limit.strip()) << 20, maxHeap(pid)));
        }
    }

    List<Service> services() {
        return services;
    }

    /** One sample of every service; a process gone (or its pid now another's) marks it restarted. */
    void sample() {
        long now = System.nanoTime();
        for (Service s : services) {
            long rss = rss(s.pid);
            if (rss < 0 || maxHeap(s.pid) != s.heapLimit) {
                s.restarted = true;
                continue;
            }
            s.samples.add(new long[] {now, rss, s.managementPort.isPresent() ? heapUsed(s.managementPort.getAsLong()) : -1});
        }
    }

    static long rss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return -1;
    }

    /** The -Xmx the process was started with (the last one counts), 0 without one, -1 when it is gone. */
    static long maxHeap(long pid) {
        try {
            String cmdline = Files.readString(Path.of("/proc", Long.toString(pid), "cmdline")).replace('\0', ' ');
            return xmx(cmdline);
        } catch (IOException e) {
            return -1;
        }
    }

    static long xmx(String commandLine) {
        Matcher m = XMX.matcher(commandLine);
        long bytes = 0;
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            bytes = switch (m.group(2).toLowerCase()) {
                case "k" -> n << 10;
                case "m" -> n << 20;
                case "g" -> n << 30;
                default -> n;
            };
        }
        return bytes;
    }

    private long heapUsed(long port) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/metrics"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 ? heapUsed(r.body()) : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The heap in use, summed over the heap's pools, from Prometheus text; -1 when it is not there. */
    static long heapUsed(String metrics) {
        Matcher m = HEAP_USED.matcher(metrics);
        double sum = 0;
        boolean any = false;
        while (m.find()) {
            sum += Double.parseDouble(m.group(1));
            any = true;
        }
        return any ? (long) sum : -1;
    }
}
