package dossier.deploy.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The string bounds of one service's requests as its {@code request-limits.yaml} declares them (the
 * file the service itself enforces): {@code Message.field}, then {@code field}, then the default.
 * Read from the source tree so a hostile request is always one character past the bound in force.
 */
final class FieldLimits {

    private static final Pattern DEFAULT = Pattern.compile("^default:\\s*(\\d+)");
    private static final Pattern LENGTH = Pattern.compile("^\\s+([A-Za-z_.]+):\\s*(\\d+)");

    private final int defaultLength;
    private final Map<String, Integer> lengths;

    FieldLimits(int defaultLength, Map<String, Integer> lengths) {
        this.defaultLength = defaultLength;
        this.lengths = Map.copyOf(lengths);
    }

    static FieldLimits of(Path file) throws IOException {
        return parse(Files.readAllLines(file));
    }

    static FieldLimits parse(List<String> lines) {
        int defaultLength = -1;
        Map<String, Integer> lengths = new HashMap<>();
        boolean inLengths = false;
        for (String line : lines) {
            Matcher d = DEFAULT.matcher(line);
            if (d.find()) {
                defaultLength = Integer.parseInt(d.group(1));
            }
            if (!line.startsWith(" ") && !line.isBlank() && !line.startsWith("#")) {
                inLengths = line.startsWith("lengths:");
                continue;
            }
            Matcher m = LENGTH.matcher(line);
            if (inLengths && m.find()) {
                lengths.put(m.group(1), Integer.parseInt(m.group(2)));
            }
        }
        if (defaultLength < 0) {
            throw new IllegalArgumentException("no default length in the request limits");
        }
        return new FieldLimits(defaultLength, lengths);
    }

    /** The most characters {@code message.field} may hold. */
    int max(String message, String field) {
        Integer specific = lengths.get(message + "." + field);
        return specific != null ? specific : lengths.getOrDefault(field, defaultLength);
    }
}
