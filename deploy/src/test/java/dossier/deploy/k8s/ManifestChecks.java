package dossier.deploy.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import io.kubernetes.client.custom.Quantity;
import io.kubernetes.client.openapi.JSON;
import io.kubernetes.client.openapi.models.V1ConfigMap;
import io.kubernetes.client.openapi.models.V1Deployment;
import io.kubernetes.client.openapi.models.V1Ingress;
import io.kubernetes.client.openapi.models.V1Namespace;
import io.kubernetes.client.openapi.models.V1NetworkPolicy;
import io.kubernetes.client.openapi.models.V1PodDisruptionBudget;
import io.kubernetes.client.openapi.models.V1Secret;
import io.kubernetes.client.openapi.models.V1Service;
import io.kubernetes.client.openapi.models.V1ServiceAccount;
import io.kubernetes.client.openapi.models.V1StatefulSet;
import io.kubernetes.client.openapi.models.V2HorizontalPodAutoscaler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an API server and a running cluster would refuse or break on, checked on rendered objects:
 * strict schema (the Kubernetes models reject unknown and missing fields), then the links between
 * objects (selectors, ports, ConfigMaps, Secrets, scale targets) and the rules this project sets
 * itself (probes, resources, a restrictive securityContext).
 */
final class ManifestChecks {

    record Result(String overlay, String check, String object, String failure) {
        boolean passed() {
            return failure == null;
        }
    }

    private static final Map<String, Class<?>> MODELS = Map.ofEntries(
            Map.entry("v1/Namespace", V1Namespace.class),
            Map.entry("v1/ServiceAccount", V1ServiceAccount.class),
            Map.entry("v1/ConfigMap", V1ConfigMap.class),
            Map.entry("v1/Secret", V1Secret.class),
            Map.entry("v1/Service", V1Service.class),
            Map.entry("apps/v1/Deployment", V1Deployment.class),
            Map.entry("apps/v1/StatefulSet", V1StatefulSet.class),
            Map.entry("networking.k8s.io/v1/Ingress", V1Ingress.class),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", V1NetworkPolicy.class),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", V2HorizontalPodAutoscaler.class),
            Map.entry("policy/v1/PodDisruptionBudget", V1PodDisruptionBudget.class));

    /**
     * cert-manager's kinds, which the Kubernetes models do not know: checked here for what the
     * links need (the full schema is checked by validate.mjs with cert-manager's own models).
     */
    private static final Set<String> CERT_MANAGER = Set.of(
            "cert-manager.io/v1/Certificate", "cert-manager.io/v1/Issuer", "cert-manager.io/v1/ClusterIssuer");
    private static final List<String> ISSUER_TYPES = List.of("ca", "selfSigned", "acme", "vault", "venafi");

    private static final Pattern DNS_1123_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern DNS_1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

    private final String overlay;
    private final List<JsonNode> objects;
    private final Map<String, Set<String>> externalSecrets;
    private final List<Result> results = new ArrayList<>();

    ManifestChecks(String overlay, List<JsonNode> objects, Map<String, Set<String>> externalSecrets) {
        this.overlay = overlay;
        this.objects = objects;
        this.externalSecrets = externalSecrets;
    }

    List<Result> run() {
        for (JsonNode o : objects) {
            schema(o);
            names(o);
            switch (kind(o)) {
                case "Deployment", "StatefulSet" -> workload(o);
                case "Service" -> service(o);
                case "Ingress" -> ingress(o);
                case "HorizontalPodAutoscaler" -> scaleTarget(o);
                case "PodDisruptionBudget", "NetworkPolicy" -> selectsPods(o);
                case "Certificate" -> issuerExists(o);
                default -> { }
            }
        }
        return results;
    }

    private void check(String check, JsonNode o, String failureOrNull) {
        results.add(new Result(overlay, check, kind(o) + "/" + name(o), failureOrNull));
    }

    // --- schema -------------------------------------------------------------------------------

    private void schema(JsonNode o) {
        String key = o.path("apiVersion").asText() + "/" + kind(o);
        if (CERT_MANAGER.contains(key)) {
            check("schema", o, certManagerFailure(o));
            return;
        }
        Class<?> model = MODELS.get(key);
        if (model == null) {
            check("schema", o, "no model known for " + key + " (add it to the checks)");
            return;
        }
        try {
            JSON.deserialize(o.toString(), model);
            check("schema", o, null);
        } catch (RuntimeException e) {
            check("schema", o, e.getMessage());
        }
    }

    private static String certManagerFailure(JsonNode o) {
        JsonNode spec = o.path("spec");
        if (kind(o).equals("Certificate")) {
            if (spec.path("secretName").asText().isEmpty() || spec.path("issuerRef").path("name").asText().isEmpty()) {
                return "a Certificate needs spec.secretName and spec.issuerRef.name";
            }
            return spec.has("dnsNames") || spec.has("commonName") ? null : "a Certificate needs dnsNames or a commonName";
        }
        long types = ISSUER_TYPES.stream().filter(spec::has).count();
        return types == 1 ? null : "an issuer needs exactly one of " + ISSUER_TYPES + ", has " + types;
    }

    private void names(JsonNode o) {
        String name = name(o);
        boolean labelOnly = kind(o).equals("Service") || kind(o).equals("Namespace");
        boolean ok = name.length() <= (labelOnly ? 63 : 253)
                && (labelOnly ? DNS_1123_LABEL : DNS_1123_SUBDOMAIN).matcher(name).matches();
        check("name", o, ok ? null : "\"" + name + "\" is not a valid " + (labelOnly ? "DNS-1123 label" : "DNS-1123 subdomain"));
    }

    // --- workloads ----------------------------------------------------------------------------

    private void workload(JsonNode o) {
        JsonNode template = o.path("spec").path("template");
        JsonNode labels = template.path("metadata").path("labels");
        check("selector matches pod labels", o, matches(o.path("spec").path("selector"), labels) ? null
                : "spec.selector does not select the pod template's labels " + labels);
        JsonNode pod = template.path("spec");
        boolean podNonRoot = pod.path("securityContext").path("runAsNonRoot").asBoolean(false);
        Set<String> volumes = new HashSet<>();
        pod.path("volumes").forEach(v -> volumes.add(v.path("name").asText()));
        if (kind(o).equals("StatefulSet")) {
            o.path("spec").path("volumeClaimTemplates").forEach(v -> volumes.add(v.path("metadata").path("name").asText()));
        }
        for (JsonNode c : pod.path("containers")) {
            String where = " (container " + c.path("name").asText() + ")";
            Set<String> portNames = new HashSet<>();
            Set<Integer> portNumbers = new HashSet<>();
            c.path("ports").forEach(p -> {
                portNames.add(p.path("name").asText());
                portNumbers.add(p.path("containerPort").asInt());
            });
            for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
                JsonNode pr = c.path(probe);
                if (pr.isMissingNode()) {
                    check(probe + " present", o, probe + " is missing" + where);
                    continue;
                }
                JsonNode port = pr.has("httpGet") ? pr.path("httpGet").path("port") : pr.path("tcpSocket").path("port");
                boolean ok = port.isMissingNode() || (port.isInt() ? portNumbers.contains(port.asInt()) : portNames.contains(port.asText()));
                check(probe + " port exists", o, ok ? null : probe + " uses port " + port + " which the container does not declare" + where);
            }
            resources(o, c.path("resources"), where);
            if (c.path("image").asText().startsWith("dossier/")) {
                heap(o, c, where);
            }
            JsonNode sc = c.path("securityContext");
            List<String> weak = new ArrayList<>();
            if (!(podNonRoot || sc.path("runAsNonRoot").asBoolean(false))) {
                weak.add("runAsNonRoot");
            }
            if (!sc.path("readOnlyRootFilesystem").asBoolean(false)) {
                weak.add("readOnlyRootFilesystem");
            }
            if (sc.path("allowPrivilegeEscalation").asBoolean(true)) {
                weak.add("allowPrivilegeEscalation=false");
            }
            if (!sc.path("capabilities").path("drop").toString().contains("\"ALL\"")) {
                weak.add("capabilities.drop=[ALL]");
            }
            check("restrictive securityContext", o, weak.isEmpty() ? null : "missing " + weak + where);
            c.path("volumeMounts").forEach(m -> check("volume mount resolves", o,
                    volumes.contains(m.path("name").asText()) ? null : "mounts unknown volume " + m.path("name").asText() + where));
            references(o, c, where);
        }
    }

    private void resources(JsonNode o, JsonNode resources, String where) {
        for (String r : List.of("cpu", "memory")) {
            JsonNode request = resources.path("requests").path(r);
            JsonNode limit = resources.path("limits").path(r);
            if (request.isMissingNode() || limit.isMissingNode()) {
                check("requests and limits", o, r + " request or limit missing" + where);
                continue;
            }
            boolean ok = new Quantity(request.asText()).getNumber().compareTo(new Quantity(limit.asText()).getNumber()) <= 0;
            check("request within limit", o, ok ? null : r + " request " + request.asText() + " exceeds limit " + limit.asText() + where);
        }
    }

    /**
     * A JVM of ours sizes its heap from the container's memory limit (JAVA_TOOL_OPTIONS:
     * -XX:MaxRAMPercentage, 40-80 %, leaving the rest for metaspace, code, threads and direct
     * buffers) and exits on running out of it, so that Kubernetes restarts it rather than keeping a
     * thrashing process; the limit it is sized from must be set.
     */
    private void heap(JsonNode o, JsonNode container, String where) {
        String options = "";
        for (JsonNode env : container.path("env")) {
            if (env.path("name").asText().equals("JAVA_TOOL_OPTIONS")) {
                options = env.path("value").asText();
            }
        }
        java.util.regex.Matcher percent = MAX_RAM_PERCENTAGE.matcher(options);
        String failure = null;
        if (options.contains("-Xmx")) {
            failure = "JAVA_TOOL_OPTIONS sets -Xmx: a fixed heap does not follow the container's memory limit";
        } else if (!percent.find()) {
            failure = "JAVA_TOOL_OPTIONS sets no -XX:MaxRAMPercentage: the JVM would take a quarter of the limit, whatever the service needs";
        } else if (Double.parseDouble(percent.group(1)) < 40 || Double.parseDouble(percent.group(1)) > 80) {
            failure = "-XX:MaxRAMPercentage=" + percent.group(1) + " is outside 40-80 % of the memory limit";
        } else if (!options.contains("-XX:+ExitOnOutOfMemoryError")) {
            failure = "JAVA_TOOL_OPTIONS lacks -XX:+ExitOnOutOfMemoryError";
        } else if (container.path("resources").path("limits").path("memory").isMissingNode()) {
            failure = "no memory limit to size the heap from";
        }
        check("heap bounded by the memory limit", o, failure == null ? null : failure + where);
    }

    private static final Pattern MAX_RAM_PERCENTAGE = Pattern.compile("-XX:MaxRAMPercentage=(\\d+(?:\\.\\d+)?)");

    private void references(JsonNode o, JsonNode container, String where) {
        for (JsonNode from : container.path("envFrom")) {
            if (from.has("configMapRef")) {
                String name = from.path("configMapRef").path("name").asText();
                check("ConfigMap exists", o, find("ConfigMap", name) != null ? null : "envFrom ConfigMap " + name + " is not defined" + where);
            }
        }
        for (JsonNode env : container.path("env")) {
            JsonNode ref = env.path("valueFrom");
            if (ref.has("configMapKeyRef")) {
                String name = ref.path("configMapKeyRef").path("name").asText();
                String key = ref.path("configMapKeyRef").path("key").asText();
                JsonNode cm = find("ConfigMap", name);
                check("ConfigMap key exists", o, cm != null && cm.path("data").has(key) ? null : "ConfigMap " + name + " has no key " + key + where);
            }
            if (ref.has("secretKeyRef")) {
                String name = ref.path("secretKeyRef").path("name").asText();
                String key = ref.path("secretKeyRef").path("key").asText();
                JsonNode secret = find("Secret", name);
                boolean ok = secret != null ? (secret.path("data").has(key) || secret.path("stringData").has(key))
                        : externalSecrets.getOrDefault(name, Set.of()).contains(key);
                check("Secret key exists or is documented", o, ok ? null
                        : "Secret " + name + " key " + key + " is neither defined nor listed in required-secrets.txt" + where);
            }
        }
    }

    // --- services, ingresses, scaling ---------------------------------------------------------

    private void service(JsonNode o) {
        List<JsonNode> pods = podsSelectedBy(o.path("spec").path("selector"));
        check("Service selects pods", o, pods.isEmpty() ? "its selector matches no pod template" : null);
        for (JsonNode port : o.path("spec").path("ports")) {
            JsonNode target = port.path("targetPort");
            boolean ok = pods.stream().allMatch(pod -> declaresPort(pod, target.isMissingNode() ? port.path("port") : target));
            check("Service targetPort exists", o, ok ? null : "targetPort " + target + " is not declared by the selected pods");
        }
    }

    private void ingress(JsonNode o) {
        for (JsonNode rule : o.path("spec").path("rules")) {
            for (JsonNode path : rule.path("http").path("paths")) {
                JsonNode backend = path.path("backend").path("service");
                JsonNode svc = find("Service", backend.path("name").asText());
                boolean ok = svc != null && hasServicePort(svc, backend.path("port"));
                check("Ingress backend exists", o, ok ? null : "backend " + backend + " names no Service port");
            }
        }
    }

    private void scaleTarget(JsonNode o) {
        JsonNode ref = o.path("spec").path("scaleTargetRef");
        check("scale target exists", o, find(ref.path("kind").asText(), ref.path("name").asText()) != null ? null
                : "scaleTargetRef " + ref + " names no object");
        JsonNode workload = find(ref.path("kind").asText(), ref.path("name").asText());
        if (workload != null) {
            boolean cpuRequests = true;
            for (JsonNode c : workload.path("spec").path("template").path("spec").path("containers")) {
                cpuRequests &= c.path("resources").path("requests").has("cpu");
            }
            check("HPA target has CPU requests", o, cpuRequests ? null : "utilisation targets need CPU requests on every container");
        }
    }

    /** An Issuer is namespaced, so it must be in the overlay; a ClusterIssuer is the cluster's (documented). */
    private void issuerExists(JsonNode o) {
        JsonNode ref = o.path("spec").path("issuerRef");
        String kind = ref.path("kind").asText("Issuer");
        boolean ok = !kind.equals("Issuer") || find("Issuer", ref.path("name").asText()) != null;
        check("Certificate issuer exists", o, ok ? null : "issuerRef " + ref + " names no Issuer of this overlay");
    }

    private void selectsPods(JsonNode o) {
        JsonNode selector = kind(o).equals("NetworkPolicy") ? o.path("spec").path("podSelector") : o.path("spec").path("selector");
        boolean selectsAll = selector.isEmpty();
        check("selector selects pods", o, selectsAll || !podsSelectedBy(selector).isEmpty() ? null : "its selector matches no pod template");
    }

    // --- helpers ------------------------------------------------------------------------------

    private List<JsonNode> podsSelectedBy(JsonNode selector) {
        List<JsonNode> pods = new ArrayList<>();
        for (JsonNode o : objects) {
            if (kind(o).equals("Deployment") || kind(o).equals("StatefulSet")) {
                JsonNode labels = o.path("spec").path("template").path("metadata").path("labels");
                if (matches(selector, labels)) {
                    pods.add(o.path("spec").path("template"));
                }
            }
        }
        return pods;
    }

    /** A label selector: plain map (Service), or matchLabels + matchExpressions. */
    static boolean matches(JsonNode selector, JsonNode labels) {
        if (selector.isMissingNode() || selector.isEmpty()) {
            return false;
        }
        boolean structured = selector.has("matchLabels") || selector.has("matchExpressions");
        JsonNode matchLabels = structured ? selector.path("matchLabels") : selector;
        for (Iterator<Map.Entry<String, JsonNode>> it = matchLabels.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
                return false;
            }
        }
        for (JsonNode expr : selector.path("matchExpressions")) {
            String value = labels.path(expr.path("key").asText()).asText(null);
            Set<String> values = new HashSet<>();
            expr.path("values").forEach(v -> values.add(v.asText()));
            boolean ok = switch (expr.path("operator").asText()) {
                case "In" -> value != null && values.contains(value);
                case "NotIn" -> value == null || !values.contains(value);
                case "Exists" -> value != null;
                case "DoesNotExist" -> value == null;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean declaresPort(JsonNode podTemplate, JsonNode port) {
        for (JsonNode c : podTemplate.path("spec").path("containers")) {
            for (JsonNode p : c.path("ports")) {
                if (port.isInt() ? p.path("containerPort").asInt() == port.asInt() : p.path("name").asText().equals(port.asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasServicePort(JsonNode service, JsonNode port) {
        for (JsonNode p : service.path("spec").path("ports")) {
            if (port.has("name") ? p.path("name").asText().equals(port.path("name").asText())
                    : p.path("port").asInt() == port.path("number").asInt()) {
                return true;
            }
        }
        return false;
    }

    private JsonNode find(String kind, String name) {
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode o : objects) {
            if (kind(o).equals(kind)) {
                byName.put(name(o), o);
            }
        }
        return byName.get(name);
    }

    private static String kind(JsonNode o) {
        return o.path("kind").asText();
    }

    private static String name(JsonNode o) {
        return o.path("metadata").path("name").asText();
    }
}
