package dossier.support.grpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's table of request limits is every entry of the three services' {@code request-limits.yaml},
 * with the same values: rendered here from the files, it must appear in the README as it is (a
 * failure prints the table to paste).
 */
class RequestLimitsTableTest {

    private static final Path ROOT = Path.of("..");
    private static final List<String> SERVICES = List.of("entity-service", "source-service", "sanctions-service");
    private static final NumberFormat GROUPED = NumberFormat.getIntegerInstance(Locale.ENGLISH);

    private static Map<String, JsonNode> files() throws IOException {
        Map<String, JsonNode> files = new LinkedHashMap<>();
        for (String service : SERVICES) {
            Path yaml = ROOT.resolve(service).resolve("src/main/resources/request-limits.yaml");
            files.put(service, new ObjectMapper(new YAMLFactory()).readTree(yaml.toFile()));
        }
        return files;
    }

    /** The table's rows for one section ({@code lengths}, {@code ranges}, {@code message_bytes}). */
    private static List<String> rows(Map<String, JsonNode> files, String section, String what, Function<JsonNode, String> cell,
                                     Function<String, String> suffix) {
        TreeSet<String> keys = new TreeSet<>(Comparator.comparing((String k) -> k.substring(k.indexOf('.') + 1)).thenComparing(k -> k));
        files.values().forEach(f -> f.path(section).fieldNames().forEachRemaining(keys::add));
        List<String> rows = new ArrayList<>();
        for (String key : keys) {
            StringBuilder row = new StringBuilder("| " + what.formatted(key) + " |");
            files.forEach((service, f) -> {
                JsonNode v = f.path(section).get(key);
                row.append(' ').append(v == null ? "–" : cell.apply(v) + suffix.apply(service + " " + key)).append(" |");
            });
            rows.add(row.toString());
        }
        return rows;
    }

    static String table() throws IOException {
        Map<String, JsonNode> files = files();
        List<String> lines = new ArrayList<>();
        lines.add("| field | entity-service | source-service | sanctions-service |");
        lines.add("|---|---|---|---|");
        StringBuilder defaults = new StringBuilder("| any other string or byte string |");
        files.values().forEach(f -> defaults.append(' ').append(GROUPED.format(f.path("default").asInt(1000))).append(" |"));
        lines.add(defaults.toString());
        lines.addAll(rows(files, "lengths", "`%s`", v -> GROUPED.format(v.asLong()), serviceKey -> {
            // as RequestLimits reads it: listed by Message.field or by the field's name
            String[] parts = serviceKey.split(" ");
            String field = parts[1].substring(parts[1].indexOf('.') + 1);
            for (JsonNode m : files.get(parts[0]).path("multiline")) {
                if (m.asText().equals(parts[1]) || m.asText().equals(field)) {
                    return " ¶";
                }
            }
            return "";
        }));
        lines.addAll(rows(files, "ranges", "`%s` (a number)", v -> plain(v.get(0)) + " to " + plain(v.get(1)), k -> ""));
        lines.addAll(rows(files, "message_bytes", "whole request: %s (bytes)", v -> GROUPED.format(v.asLong()), k -> ""));
        return String.join("\n", lines) + "\n";
    }

    private static String plain(JsonNode n) {
        return n.isIntegralNumber() ? GROUPED.format(n.asLong()) : n.asText();
    }

    @Test
    void theReadmeHoldsTheWholeTableOfTheThreeFiles() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        String table = table();
        assertThat(readme).as("README's request-limits table; expected:%n%s", table).contains(table);
    }

    @Test
    void multiLineFieldsAndRangesNameFieldsThatHaveBounds() throws IOException {
        for (Map.Entry<String, JsonNode> f : files().entrySet()) {
            for (JsonNode m : f.getValue().path("multiline")) {
                String field = m.asText();
                boolean bounded = f.getValue().path("lengths").has(field)
                        || f.getValue().path("lengths").properties().stream().anyMatch(e -> e.getKey().endsWith("." + field));
                assertThat(bounded).as("%s: multi-line field %s has its own length", f.getKey(), field).isTrue();
            }
            f.getValue().path("ranges").properties().forEach(e -> assertThat(e.getValue().get(0).asDouble())
                    .as("%s: range of %s", f.getKey(), e.getKey()).isLessThanOrEqualTo(e.getValue().get(1).asDouble()));
        }
    }
}
