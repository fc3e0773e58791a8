package dossier.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** An overlay rendered by {@code kubectl kustomize}, split into its objects. */
final class RenderedObjects {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private RenderedObjects() {
    }

    static List<JsonNode> render(Path overlay) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(kubectl(), "kustomize", overlay.toString()).redirectErrorStream(false).start();
        byte[] out = p.getInputStream().readAllBytes();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("kubectl kustomize " + overlay + " failed: " + err);
        }
        List<JsonNode> objects = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(out)) {
            var it = YAML.readValues(parser, JsonNode.class);
            while (it.hasNext()) {
                JsonNode node = it.next();
                if (node != null && !node.isNull() && !node.isEmpty()) {
                    objects.add(node);
                }
            }
        }
        return objects;
    }

    /** kubectl from PATH, or the one .ci/run unpacks from npm where the machine has none. */
    private static String kubectl() {
        String fromEnv = System.getenv("KUBECTL");
        return fromEnv != null && !fromEnv.isBlank() ? fromEnv : "kubectl";
    }
}
