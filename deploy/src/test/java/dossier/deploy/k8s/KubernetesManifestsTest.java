package dossier.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders every overlay of deploy/kubernetes and checks the objects as strictly as can be done
 * without an API server (see ManifestChecks). Prints "N passed, N failed".
 */
class KubernetesManifestsTest {

    private static final Path KUBERNETES = Path.of(System.getProperty("dossier.repo", "..")).resolve("deploy/kubernetes");

    @Test
    void everyOverlayRendersAndPassesTheChecks() throws Exception {
        List<ManifestChecks.Result> results = new ArrayList<>();
        List<Path> overlays;
        try (Stream<Path> dirs = Files.list(KUBERNETES.resolve("overlays"))) {
            overlays = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(overlays).extracting(p -> p.getFileName().toString()).contains("dev", "prod");
        for (Path overlay : overlays) {
            List<JsonNode> objects = RenderedObjects.render(overlay);
            results.addAll(new ManifestChecks(overlay.getFileName().toString(), objects, requiredSecrets(overlay)).run());
        }
        List<ManifestChecks.Result> failed = results.stream().filter(r -> !r.passed()).toList();
        failed.forEach(r -> System.out.println("FAIL [" + r.overlay() + "] " + r.check() + " " + r.object() + ": " + r.failure()));
        System.out.println("kubernetes: " + (results.size() - failed.size()) + " passed, " + failed.size() + " failed");
        assertThat(failed).isEmpty();
        assertThat(results.size()).isGreaterThan(100);
    }

    @Test
    void aBrokenManifestIsCaught() throws Exception {
        // The checks must fail on what a cluster would refuse: an unknown field, a selector that
        // selects nothing, a probe on an undeclared port, a Secret nobody provides, a Certificate
        // from an Issuer the overlay does not have.
        List<JsonNode> objects = RenderedObjects.render(KUBERNETES.resolve("overlays/dev"));
        JsonNode deployment = objects.stream().filter(o -> o.path("kind").asText().equals("Deployment")).findFirst().orElseThrow();
        var container = (com.fasterxml.jackson.databind.node.ObjectNode) deployment.path("spec").path("template").path("spec").path("containers").get(0);
        container.put("imagePullPolicyy", "Always");
        ((com.fasterxml.jackson.databind.node.ObjectNode) container.path("livenessProbe").path("httpGet")).put("port", "nope");
        ((com.fasterxml.jackson.databind.node.ObjectNode) deployment.path("spec").path("selector").path("matchLabels"))
                .put("app.kubernetes.io/name", "other");
        JsonNode certificate = objects.stream().filter(o -> o.path("kind").asText().equals("Certificate")).findFirst().orElseThrow();
        ((com.fasterxml.jackson.databind.node.ObjectNode) certificate.path("spec").path("issuerRef")).put("name", "nope");
        List<ManifestChecks.Result> failed = new ManifestChecks("dev", objects, Map.of()).run().stream()
                .filter(r -> !r.passed()).toList();
        assertThat(failed).extracting(ManifestChecks.Result::check)
                .contains("schema", "livenessProbe port exists", "selector matches pod labels", "Secret key exists or is documented",
                        "Certificate issuer exists");
    }

    @Test
    void aHeapNotTiedToTheMemoryLimitIsCaught() throws Exception {
        // issue 20: a JVM left to its default heap, or given a fixed one, does not follow its container's limit
        List<JsonNode> objects = RenderedObjects.render(KUBERNETES.resolve("overlays/dev"));
        List<JsonNode> ours = objects.stream().filter(o -> o.path("kind").asText().equals("Deployment"))
                .filter(o -> o.path("spec").path("template").path("spec").path("containers").get(0).path("image").asText().startsWith("dossier/"))
                .toList();
        String[] broken = {"-XX:+ExitOnOutOfMemoryError", "-Xmx6g -XX:+ExitOnOutOfMemoryError", "-XX:MaxRAMPercentage=95 -XX:+ExitOnOutOfMemoryError",
                "-XX:MaxRAMPercentage=60"};
        assertThat(ours).hasSizeGreaterThanOrEqualTo(broken.length);
        for (int i = 0; i < broken.length; i++) {
            for (JsonNode env : ours.get(i).path("spec").path("template").path("spec").path("containers").get(0).path("env")) {
                if (env.path("name").asText().equals("JAVA_TOOL_OPTIONS")) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) env).put("value", broken[i]);
                }
            }
        }
        List<ManifestChecks.Result> failed = new ManifestChecks("dev", objects, Map.of()).run().stream()
                .filter(r -> !r.passed()).toList();
        // one failure per broken workload (the others' heap checks pass)
        assertThat(failed.stream().filter(r -> r.check().equals("heap bounded by the memory limit")).map(ManifestChecks.Result::object))
                .containsExactlyInAnyOrderElementsOf(ours.subList(0, broken.length).stream()
                        .map(o -> "Deployment/" + o.path("metadata").path("name").asText()).toList());
    }

    @Test
    void theLauncherGivesEachServiceTheMemoryAndHeapShareOfItsContainer() throws Exception {
        // issue 20: one sizing for both ways to run the suite, so the soak's figures speak for the manifests
        String launcher = Files.readString(KUBERNETES.resolveSibling("local/dossier"));
        List<JsonNode> objects = RenderedObjects.render(KUBERNETES.resolve("base"));
        for (String service : SERVICES) {
            String name = service.equals("web-ui") ? "WEB" : service.substring(0, service.indexOf('-')).toUpperCase();
            Matcher budget = Pattern.compile("DOSSIER_" + name + "_MEMORY_LIMIT:-(\\d+)").matcher(launcher);
            Matcher share = Pattern.compile("heap \"\\$DOSSIER_" + name + "_MEMORY_LIMIT\" (\\d+)").matcher(launcher);
            assertThat(budget.find()).as(service + " budget in the launcher").isTrue();
            assertThat(share.find()).as(service + " heap share in the launcher").isTrue();
            JsonNode container = find(objects, "Deployment", service).path("spec").path("template").path("spec").path("containers").get(0);
            long limitMiB = new io.kubernetes.client.custom.Quantity(container.path("resources").path("limits").path("memory").asText())
                    .getNumber().longValue() >> 20;
            Matcher percent = Pattern.compile("-XX:MaxRAMPercentage=(\\d+)").matcher(env(container, "JAVA_TOOL_OPTIONS"));
            assertThat(percent.find()).as(service).isTrue();
            assertThat(Long.parseLong(budget.group(1))).as(service + " budget (MiB) = container memory limit").isEqualTo(limitMiB);
            assertThat(share.group(1)).as(service + " heap share = MaxRAMPercentage").isEqualTo(percent.group(1));
        }
    }

    // --- TLS (README, "TLS") ----------------------------------------------------------------

    private static final List<String> SERVICES = List.of("entity-service", "source-service", "sanctions-service", "web-ui");
    private static final List<String> GRPC_SERVICES = SERVICES.subList(0, 3);

    @Test
    void everyServiceMountsItsTlsSecretAndRunsWithTls() throws Exception {
        for (String overlay : List.of("dev", "prod")) {
            List<JsonNode> objects = RenderedObjects.render(KUBERNETES.resolve("overlays/" + overlay));
            for (String service : SERVICES) {
                String where = overlay + " " + service;
                JsonNode pod = find(objects, "Deployment", service).path("spec").path("template").path("spec");
                JsonNode container = pod.path("containers").get(0);
                String volume = null;
                for (JsonNode v : pod.path("volumes")) {
                    if (v.path("secret").path("secretName").asText().equals("dossier-" + service + "-tls")) {
                        volume = v.path("name").asText();
                    }
                }
                assertThat(volume).as(where + " mounts Secret dossier-" + service + "-tls").isNotNull();
                String volumeName = volume;
                JsonNode mount = Stream.of(toArray(container.path("volumeMounts")))
                        .filter(m -> m.path("name").asText().equals(volumeName)).findFirst().orElseThrow();
                assertThat(mount.path("readOnly").asBoolean()).as(where + " mounts it read-only").isTrue();
                String dir = mount.path("mountPath").asText();
                assertThat(env(container, "DOSSIER_TLS_CERT")).as(where).isEqualTo(dir + "/tls.crt");
                assertThat(env(container, "DOSSIER_TLS_KEY")).as(where).isEqualTo(dir + "/tls.key");
                assertThat(env(container, "DOSSIER_TLS_CA")).as(where).isEqualTo(dir + "/ca.crt");
                // profile prod brings its parent tls (also in a list such as prod,pg)
                assertThat(profiles(container)).as(where + " QUARKUS_PROFILE").containsAnyOf("prod", "tls");
            }
        }
    }

    @Test
    void noWorkloadRunsThePlaintextProfile() throws Exception {
        for (String overlay : List.of("dev", "prod")) {
            for (JsonNode o : RenderedObjects.render(KUBERNETES.resolve("overlays/" + overlay))) {
                for (JsonNode c : o.path("spec").path("template").path("spec").path("containers")) {
                    assertThat(profiles(c)).as(overlay + " " + o.path("metadata").path("name").asText()).doesNotContain("plaintext");
                }
            }
        }
    }

    @Test
    void ingressesTerminateTlsWithACertManagerCertificate() throws Exception {
        for (String overlay : List.of("dev", "prod")) {
            List<JsonNode> ingresses = ofKind(RenderedObjects.render(KUBERNETES.resolve("overlays/" + overlay)), "Ingress");
            assertThat(ingresses).as(overlay).isNotEmpty();
            for (JsonNode ingress : ingresses) {
                String where = overlay + " Ingress " + ingress.path("metadata").path("name").asText();
                JsonNode annotations = ingress.path("metadata").path("annotations");
                assertThat(annotations.has("cert-manager.io/cluster-issuer") || annotations.has("cert-manager.io/issuer"))
                        .as(where + " names a cert-manager issuer").isTrue();
                Set<String> tlsHosts = new java.util.HashSet<>();
                for (JsonNode tls : ingress.path("spec").path("tls")) {
                    assertThat(tls.path("secretName").asText()).as(where + " tls secretName").isNotBlank();
                    tls.path("hosts").forEach(h -> tlsHosts.add(h.asText()));
                }
                for (JsonNode rule : ingress.path("spec").path("rules")) {
                    assertThat(tlsHosts).as(where + " serves its host over TLS").contains(rule.path("host").asText());
                }
            }
            for (String name : List.of("dossier-web", "dossier-grpc")) {
                JsonNode ingress = find(ingresses, "Ingress", name);
                assertThat(ingress.path("metadata").path("annotations").path("nginx.ingress.kubernetes.io/backend-protocol").asText())
                        .as(overlay + " " + name + " speaks TLS to its TLS-only backends").isIn("HTTPS", "GRPCS");
            }
        }
    }

    @Test
    void noIngressRoutesToTheManagementPort() throws Exception {
        for (String overlay : List.of("dev", "prod")) {
            List<JsonNode> objects = RenderedObjects.render(KUBERNETES.resolve("overlays/" + overlay));
            for (JsonNode ingress : ofKind(objects, "Ingress")) {
                for (JsonNode rule : ingress.path("spec").path("rules")) {
                    for (JsonNode path : rule.path("http").path("paths")) {
                        JsonNode backend = path.path("backend").path("service");
                        String where = overlay + " " + ingress.path("metadata").path("name").asText() + " " + path.path("path").asText();
                        assertThat(path.path("path").asText()).as(where).doesNotStartWith("/q/");
                        JsonNode service = find(objects, "Service", backend.path("name").asText());
                        JsonNode port = servicePort(service, backend.path("port"));
                        assertThat(List.of(port.path("port").asText(), port.path("targetPort").asText(), port.path("name").asText()))
                                .as(where + " routes to a public port").doesNotContain("9000", "management");
                        // and the container port behind it is not the management port either
                        for (JsonNode c : find(objects, "Deployment", service.path("metadata").path("name").asText())
                                .path("spec").path("template").path("spec").path("containers")) {
                            for (JsonNode cp : c.path("ports")) {
                                if (cp.path("name").asText().equals(port.path("targetPort").asText())) {
                                    assertThat(cp.path("containerPort").asInt()).as(where + " container port").isNotEqualTo(9000);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void prodTurnsGrpcReflectionOffAndDevKeepsIt() throws Exception {
        for (String overlay : List.of("dev", "prod")) {
            List<JsonNode> objects = RenderedObjects.render(KUBERNETES.resolve("overlays/" + overlay));
            for (String service : GRPC_SERVICES) {
                JsonNode container = find(objects, "Deployment", service).path("spec").path("template").path("spec").path("containers").get(0);
                String reflection = env(container, "QUARKUS_GRPC_SERVER_ENABLE_REFLECTION_SERVICE");
                if (overlay.equals("prod")) {
                    assertThat(reflection).as("prod " + service + " reflection").isEqualTo("false");
                } else {
                    assertThat(reflection).as("dev " + service + " keeps reflection (application.properties)").isNotEqualTo("false");
                }
            }
        }
    }

    @Test
    void eachServiceCertificateNamesItsService() throws Exception {
        for (String overlay : List.of("dev", "prod")) {
            List<JsonNode> objects = RenderedObjects.render(KUBERNETES.resolve("overlays/" + overlay));
            for (String service : SERVICES) {
                JsonNode certificate = ofKind(objects, "Certificate").stream()
                        .filter(c -> c.path("spec").path("secretName").asText().equals("dossier-" + service + "-tls"))
                        .findFirst().orElseThrow(() -> new AssertionError(overlay + ": no Certificate makes dossier-" + service + "-tls"));
                assertThat(Stream.of(toArray(certificate.path("spec").path("dnsNames"))).map(JsonNode::asText))
                        .as(overlay + " " + service + " certificate dnsNames").contains(service);
                // the name the others dial (ConfigMap DOSSIER_*_HOST) is the Service name the certificate carries
                assertThat(find(objects, "Service", service)).as(overlay + " Service " + service).isNotNull();
            }
            JsonNode config = find(objects, "ConfigMap", "dossier-config").path("data");
            for (String key : List.of("DOSSIER_ENTITY_HOST", "DOSSIER_SOURCE_HOST", "DOSSIER_SANCTIONS_HOST")) {
                assertThat(GRPC_SERVICES).as(overlay + " " + key).contains(config.path(key).asText());
            }
        }
    }

    private static List<String> profiles(JsonNode container) {
        String value = env(container, "QUARKUS_PROFILE");
        return value == null ? List.of() : Stream.of(value.split(",")).map(String::strip).toList();
    }

    private static String env(JsonNode container, String name) {
        for (JsonNode e : container.path("env")) {
            if (e.path("name").asText().equals(name)) {
                return e.path("value").asText(null);
            }
        }
        return null;
    }

    private static JsonNode servicePort(JsonNode service, JsonNode port) {
        for (JsonNode p : service.path("spec").path("ports")) {
            if (port.has("name") ? p.path("name").asText().equals(port.path("name").asText()) : p.path("port").asInt() == port.path("number").asInt()) {
                return p;
            }
        }
        throw new AssertionError("Service " + service.path("metadata").path("name").asText() + " has no port " + port);
    }

    private static List<JsonNode> ofKind(List<JsonNode> objects, String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    private static JsonNode find(List<JsonNode> objects, String kind, String name) {
        return ofKind(objects, kind).stream().filter(o -> o.path("metadata").path("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private static JsonNode[] toArray(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.toArray(JsonNode[]::new);
    }

    private static Map<String, Set<String>> requiredSecrets(Path overlay) throws IOException {
        Path file = overlay.resolve("required-secrets.txt");
        Map<String, Set<String>> secrets = new HashMap<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.strip().split("\\s+");
                if (parts.length > 1 && !parts[0].startsWith("#")) {
                    secrets.put(parts[0], Stream.of(parts).skip(1).collect(Collectors.toSet()));
                }
            }
        }
        return secrets;
    }
}
