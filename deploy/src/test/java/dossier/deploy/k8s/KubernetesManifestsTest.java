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
        // selects nothing, a probe on an undeclared port, a Secret nobody provides.
        List<JsonNode> objects = RenderedObjects.render(KUBERNETES.resolve("overlays/dev"));
        JsonNode deployment = objects.stream().filter(o -> o.path("kind").asText().equals("Deployment")).findFirst().orElseThrow();
        var container = (com.fasterxml.jackson.databind.node.ObjectNode) deployment.path("spec").path("template").path("spec").path("containers").get(0);
        container.put("imagePullPolicyy", "Always");
        ((com.fasterxml.jackson.databind.node.ObjectNode) container.path("livenessProbe").path("httpGet")).put("port", "nope");
        ((com.fasterxml.jackson.databind.node.ObjectNode) deployment.path("spec").path("selector").path("matchLabels"))
                .put("app.kubernetes.io/name", "other");
        List<ManifestChecks.Result> failed = new ManifestChecks("dev", objects, Map.of()).run().stream()
                .filter(r -> !r.passed()).toList();
        assertThat(failed).extracting(ManifestChecks.Result::check)
                .contains("schema", "livenessProbe port exists", "selector matches pod labels", "Secret key exists or is documented");
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
