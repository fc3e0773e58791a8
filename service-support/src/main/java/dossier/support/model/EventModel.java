package dossier.support.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The event model declared in the contract ({@code dossier/model/v1/event-model.yaml} beside
 * {@code event_model.proto}): which kinds of event there are, the roles each has, which roles are
 * parties that get screened, the modalities and the elements a measure is decided on.
 *
 * <p>Code names a role or kind by the generated enum ({@code dossier.model.v1.Role.ROLE_GIVER}) and
 * turns it into its wire name with {@link #wire(Enum)}; data files (patterns, measures) name them
 * by wire name and are checked with {@link #requireRole(String)} when they are loaded, so a typo in a
 * data file fails at start-up, not silently at run time.
 */
public final class EventModel {

    /** Where the schema lies on the classpath (the contract jar). */
    public static final String RESOURCE = "dossier/model/v1/event-model.yaml";

    private static volatile EventModel standard;

    private final Map<String, RoleDef> roles;
    private final Map<String, KindDef> kinds;
    private final Map<String, Described> modalities;
    private final Map<String, Described> elements;

    private EventModel(Map<String, RoleDef> roles, Map<String, KindDef> kinds,
                       Map<String, Described> modalities, Map<String, Described> elements) {
        this.roles = roles;
        this.kinds = kinds;
        this.modalities = modalities;
        this.elements = elements;
    }

    /** The model of the contract on the classpath, read once. */
    public static EventModel standard() {
        EventModel m = standard;
        if (m == null) {
            synchronized (EventModel.class) {
                if (standard == null) {
                    standard = load(EventModel.class.getClassLoader());
                }
                m = standard;
            }
        }
        return m;
    }

    static EventModel load(ClassLoader loader) {
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath (the dossier-proto jar)");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads a schema; rejects a kind that names an undeclared role. */
    public static EventModel parse(InputStream yaml) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        Map<String, RoleDef> roles = new LinkedHashMap<>();
        root.path("roles").properties().forEach(e -> {
            JsonNode r = e.getValue();
            roles.put(e.getKey(), new RoleDef(e.getKey(), r.path("label").asText(e.getKey()),
                    ValueType.valueOf(r.path("type").asText("text").toUpperCase(Locale.ROOT)),
                    r.path("party").asBoolean(false), strings(r.path("also")), r.path("description").asText("")));
        });
        Map<String, KindDef> kinds = new LinkedHashMap<>();
        root.path("kinds").properties().forEach(e -> {
            JsonNode k = e.getValue();
            List<String> kindRoles = strings(k.path("roles"));
            List<List<String>> requires = new ArrayList<>();
            k.path("requires").forEach(alt -> requires.add(strings(alt)));
            for (String r : kindRoles) {
                if (!roles.containsKey(r)) {
                    throw new IllegalArgumentException("kind '" + e.getKey() + "' names undeclared role '" + r + "'");
                }
            }
            requires.forEach(alt -> alt.forEach(r -> {
                if (!kindRoles.contains(r)) {
                    throw new IllegalArgumentException("kind '" + e.getKey() + "' requires role '" + r + "' it does not have");
                }
            }));
            kinds.put(e.getKey(), new KindDef(e.getKey(), k.path("label").asText(e.getKey()),
                    k.path("description").asText(""), kindRoles, requires, k.path("transfer").asBoolean(false)));
        });
        return new EventModel(Collections.unmodifiableMap(roles), Collections.unmodifiableMap(kinds),
                described(root.path("modalities")), described(root.path("elements")));
    }

    private static Map<String, Described> described(JsonNode node) {
        Map<String, Described> out = new LinkedHashMap<>();
        node.properties().forEach(e -> out.put(e.getKey(),
                new Described(e.getKey(), e.getValue().path("label").asText(e.getKey()), e.getValue().path("description").asText(""))));
        return Collections.unmodifiableMap(out);
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }

    /**
     * The wire name of a generated enum value: {@code Role.ROLE_GIVER} → {@code "giver"},
     * {@code EventKind.EVENT_KIND_TRANSFER} → {@code "transfer"} (the value without the prefix that
     * protobuf's scoping makes every value carry: its enum's name in upper snake case).
     */
    public static String wire(Enum<?> value) {
        String prefix = upperSnake(value.getDeclaringClass().getSimpleName()) + "_";
        String name = value.name();
        return (name.startsWith(prefix) ? name.substring(prefix.length()) : name).toLowerCase(Locale.ROOT);
    }

    static String upperSnake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    public Map<String, RoleDef> roles() { return roles; }
    public Map<String, KindDef> kinds() { return kinds; }
    public Map<String, Described> modalities() { return modalities; }
    public Map<String, Described> elements() { return elements; }

    public Optional<RoleDef> role(String wireName) { return Optional.ofNullable(roles.get(wireName)); }
    public Optional<KindDef> kind(String wireName) { return Optional.ofNullable(kinds.get(wireName)); }

    /** The role of that wire name; a data file naming an undeclared role is refused by its loader. */
    public RoleDef requireRole(String wireName) {
        RoleDef r = roles.get(wireName);
        if (r == null) {
            throw new IllegalArgumentException("'" + wireName + "' is not a role of the event model " + roles.keySet());
        }
        return r;
    }

    public KindDef requireKind(String wireName) {
        KindDef k = kinds.get(wireName);
        if (k == null) {
            throw new IllegalArgumentException("'" + wireName + "' is not an event kind of the event model " + kinds.keySet());
        }
        return k;
    }

    /** Whether a role's filler is a party that is resolved and screened (carrier, operator, manufacturer ...). */
    public boolean isParty(String wireName) {
        RoleDef r = roles.get(wireName);
        return r != null && r.party();
    }

    /** What a role's value is. */
    public enum ValueType { PARTY, THING, PLACE, QUANTITY, MONEY, TIME, TEXT, MEASURE }

    /** A role: its wire name, label, value type, whether it is screened, and other words for it. */
    public record RoleDef(String name, String label, ValueType type, boolean party, List<String> also, String description) {}

    /**
     * An event kind: its roles, the alternatives of roles one of which must be filled for a claim
     * of this kind to stand, and whether it moves an item between parties (the transfer family).
     */
    public record KindDef(String name, String label, String description, List<String> roles,
                          List<List<String>> requires, boolean transfer) {
        public boolean hasRole(String role) { return roles.contains(role); }

        /** True when the filled roles satisfy one of the alternatives of {@code requires}. */
        public boolean satisfiedBy(java.util.Collection<String> filled) {
            return requires.isEmpty() || requires.stream().anyMatch(filled::containsAll);
        }
    }

    /** A modality or element: its wire name, label and meaning. */
    public record Described(String name, String label, String description) {}
}
