package dossier.support.grpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The bounds every inbound request is held to, read from a service's {@code request-limits.yaml}
 * (the table in the README is that file): the longest string or byte string per field, the fields
 * that may hold line breaks, and the range of numbers. Every string and number of a request, nested
 * messages and repeated fields included, is checked before the service sees it, so that no field
 * can hang, flood or poison a service (a 90,000-character id, a 6 MB alias, NUL in a title,
 * {@code threshold=NaN}).
 *
 * <p>A field's limit is looked up by {@code Message.field} (the message's full name), then by the
 * field's name in any message, then {@code default}. The message of a refusal names the field and
 * the bound, never the value.
 */
public final class RequestLimits {

    private final int defaultLength;
    private final Map<String, Integer> lengthByField;
    private final Set<String> multiline;
    private final Map<String, double[]> ranges;
    private final Map<String, Integer> messageBytes;

    /** Where a service keeps its limits, on its class path. */
    public static final String RESOURCE = "request-limits.yaml";

    /** The size of a request, whole, when its service's file names no other: what gRPC itself takes by default. */
    public static final int DEFAULT_MESSAGE_BYTES = 4 * 1024 * 1024;

    RequestLimits(int defaultLength, Map<String, Integer> lengthByField, Set<String> multiline, Map<String, double[]> ranges) {
        this(defaultLength, lengthByField, multiline, ranges, Map.of());
    }

    RequestLimits(int defaultLength, Map<String, Integer> lengthByField, Set<String> multiline, Map<String, double[]> ranges,
                  Map<String, Integer> messageBytes) {
        this.defaultLength = defaultLength;
        this.lengthByField = lengthByField;
        this.multiline = multiline;
        this.ranges = ranges;
        this.messageBytes = messageBytes;
    }

    /** The largest size of a whole {@code request} message, in bytes. */
    public int messageBytes(Descriptor request) {
        return messageBytes.getOrDefault(request.getName(), messageBytes.getOrDefault("default", DEFAULT_MESSAGE_BYTES));
    }

    /** The longest a string (characters) or byte string (bytes) in field {@code f} may be. */
    public int maxLength(FieldDescriptor f) {
        Integer byMessage = lengthByField.get(f.getContainingType().getName() + "." + f.getName());
        if (byMessage != null) {
            return byMessage;
        }
        return lengthByField.getOrDefault(f.getName(), defaultLength);
    }

    /** Whether the file names a length for field {@code f} (by {@code Message.field} or by name) instead of leaving it to {@code default}. */
    public boolean declaresLength(FieldDescriptor f) {
        return lengthByField.containsKey(f.getContainingType().getName() + "." + f.getName()) || lengthByField.containsKey(f.getName());
    }

    /** Every field the file names, as written ({@code Message.field} or {@code field}): lengths, multi-line fields and ranges. */
    public Set<String> fieldsNamed() {
        Set<String> named = new HashSet<>(lengthByField.keySet());
        named.addAll(multiline);
        named.addAll(ranges.keySet());
        return named;
    }

    /** Whether field {@code f} may hold line breaks and tabs. */
    public boolean multiline(FieldDescriptor f) {
        return multiline.contains(f.getName()) || multiline.contains(f.getContainingType().getName() + "." + f.getName());
    }

    /** The lowest and highest number field {@code f} may hold, when its range is declared. */
    public Optional<double[]> range(FieldDescriptor f) {
        return Optional.ofNullable(ranges.get(f.getContainingType().getName() + "." + f.getName()))
                .or(() -> Optional.ofNullable(ranges.get(f.getName())))
                .map(double[]::clone);
    }

    /**
     * Why the request is too large as a whole ({@code message_bytes}: per request message, else
     * {@code default}, else 4 MiB); empty when it is not. Only the RPCs that carry files get more.
     */
    public Optional<String> tooLarge(Message request) {
        String name = request.getDescriptorForType().getName();
        int limit = messageBytes(request.getDescriptorForType());
        int size = request.getSerializedSize();
        return size <= limit ? Optional.empty()
                : Optional.of(name + " is " + size + " bytes; at most " + limit + " are accepted");
    }

    /** The service's own {@code request-limits.yaml} on the context class path; empty when there is none. */
    public static Optional<RequestLimits> onClasspath() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(parse(in));
        }
    }

    /** Reads a limits file; see any service's {@code request-limits.yaml} for its form. */
    public static RequestLimits parse(InputStream yaml) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        Map<String, Integer> lengths = new HashMap<>();
        root.path("lengths").properties().forEach(e -> lengths.put(e.getKey(), e.getValue().asInt()));
        Set<String> multiline = new HashSet<>();
        root.path("multiline").forEach(n -> multiline.add(n.asText()));
        Map<String, double[]> ranges = new HashMap<>();
        root.path("ranges").properties().forEach(e -> ranges.put(e.getKey(),
                new double[] {e.getValue().get(0).asDouble(), e.getValue().get(1).asDouble()}));
        Map<String, Integer> messageBytes = new HashMap<>();
        root.path("message_bytes").properties().forEach(e -> messageBytes.put(e.getKey(), e.getValue().asInt()));
        return new RequestLimits(root.path("default").asInt(1000), lengths, multiline, ranges, messageBytes);
    }

    /** The first field of the request that breaks a bound, as a sentence; empty when it keeps them all. */
    public Optional<String> violation(Message request) {
        return check(request, request.getDescriptorForType().getName());
    }

    private Optional<String> check(Message m, String path) {
        for (Map.Entry<FieldDescriptor, Object> e : m.getAllFields().entrySet()) {
            FieldDescriptor f = e.getKey();
            String where = path + "." + f.getName();
            List<?> values = f.isRepeated() ? (List<?>) e.getValue() : List.of(e.getValue());
            for (Object v : values) {
                Optional<String> bad = switch (f.getJavaType()) {
                    case STRING -> text(f, where, (String) v);
                    case BYTE_STRING -> bytes(f, where, (ByteString) v);
                    case DOUBLE, FLOAT, INT, LONG -> number(f, where, ((Number) v).doubleValue());
                    case MESSAGE -> check((Message) v, where);
                    default -> Optional.empty();
                };
                if (bad.isPresent()) {
                    return bad;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<String> text(FieldDescriptor f, String where, String s) {
        int max = maxLength(f);
        if (s.length() > max) {
            return Optional.of(where + " is " + s.length() + " characters long; at most " + max + " are accepted");
        }
        boolean lines = multiline(f);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 || c == 0x7f) && !(lines && (c == '\n' || c == '\r' || c == '\t'))) {
                return Optional.of(where + " holds a control character (U+" + String.format("%04X", (int) c)
                        + ") at position " + i + (lines ? "" : "; it must be a single line of text"));
            }
        }
        return Optional.empty();
    }

    private Optional<String> bytes(FieldDescriptor f, String where, ByteString b) {
        int max = maxLength(f);
        return b.size() > max
                ? Optional.of(where + " is " + b.size() + " bytes long; at most " + max + " are accepted")
                : Optional.empty();
    }

    private Optional<String> number(FieldDescriptor f, String where, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Optional.of(where + " must be a finite number");
        }
        double[] range = range(f).orElse(null);
        if (range != null && (v < range[0] || v > range[1])) {
            return Optional.of(where + " must lie between " + plain(range[0]) + " and " + plain(range[1]));
        }
        return Optional.empty();
    }

    private static String plain(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
