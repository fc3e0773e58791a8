package dossier.source.extraction.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dossier.support.model.EventModel;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

/**
 * The event patterns: Semgrex patterns over enhanced++ dependency graphs, one resource file per
 * event kind ({@code events/kinds.txt} lists them), the word lists and the patterns they share
 * ({@code events/words.json}, {@code events/shared-patterns.json}),
 * and {@code events/stance.json} for how an event is held (prohibited, negated, denied, alleged,
 * speculative). In a pattern, the node named
 * {@code event} is the trigger, every other named node fills the role of that name, and names
 * starting with {@code _} are helpers. Everything is checked against the declared event model on
 * load: an unknown kind, an unknown role or a role the kind does not have, a pattern without an
 * {@code event} node or one Semgrex cannot compile is a start-up failure naming the file.
 */
public final class EventPatterns {

    /** The node every pattern must name: the word that states the event. */
    public static final String EVENT = "event";
    private static final Pattern NAMES = Pattern.compile("=(\\w+)");
    private static final Pattern WORD_LIST = Pattern.compile("\\$([A-Z]+)");

    /**
     * One compiled pattern of a kind, with the roles its named nodes fill. A pattern that {@code adds}
     * only fills roles of an event another pattern of its kind has found: it never makes a word an
     * event itself ("through X" is an intermediary only where a payment was found).
     */
    public record KindPattern(String kind, String name, SemgrexPattern pattern, Set<String> roles, boolean adds,
            Pattern anchor) {

        /**
         * False when no word of the sentence can be the pattern's event: its event node asks for a
         * lemma (the regex Semgrex matches whole) that none of {@code lemmas} is. Null anchor: any.
         */
        public boolean canMatch(Set<String> lemmas, Map<Pattern, Boolean> seen) {
            return anchor == null || seen.computeIfAbsent(anchor, a -> lemmas.stream().anyMatch(l -> a.matcher(l).matches()));
        }
    }

    /** The lemma regex of a pattern's event node, as in {lemma:/give|hand/;tag:VBN}=event. */
    private static final Pattern EVENT_LEMMA = Pattern.compile("\\{(?:[^{}]*;)?\\s*lemma:/([^/]*)/[^{}]*\\}=" + EVENT + "\\b");

    private final List<KindPattern> patterns = new ArrayList<>();
    private final Map<String, List<SemgrexPattern>> stance = new LinkedHashMap<>();
    private final Set<String> triggers = new HashSet<>();
    private final Map<String, String> shared = new LinkedHashMap<>();
    private final Map<String, JsonNode> sharedPatterns = new LinkedHashMap<>();

    private static volatile EventPatterns standard;

    public static EventPatterns standard() {
        EventPatterns p = standard;
        if (p == null) {
            synchronized (EventPatterns.class) {
                if (standard == null) {
                    standard = load(EventModel.standard(), "events/");
                }
                p = standard;
            }
        }
        return p;
    }

    /** Loads and validates the files under a resource folder. */
    public static EventPatterns load(EventModel model, String folder) {
        EventPatterns p = new EventPatterns();
        ObjectMapper json = new ObjectMapper();
        try (InputStream in = open(folder + "words.json")) {
            p.addSharedWords(json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + "words.json", e);
        }
        try (InputStream in = open(folder + "shared-patterns.json")) {
            p.addSharedPatterns(json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + "shared-patterns.json", e);
        }
        for (String file : lines(folder + "kinds.txt")) {
            try (InputStream in = open(folder + file)) {
                p.addKindFile(model, file, json.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + folder + file, e);
            }
        }
        try (InputStream in = open(folder + "stance.json")) {
            p.addStance(model, json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder + "stance.json", e);
        }
        return p;
    }

    void addKindFile(EventModel model, String file, JsonNode root) {
        String kind = root.path("kind").asText("");
        EventModel.KindDef def;
        try {
            def = model.requireKind(kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("events/" + file + ": " + e.getMessage(), e);
        }
        Map<String, String> words = new LinkedHashMap<>(shared);
        words.putAll(readWords(root));
        for (JsonNode entry : root.path("patterns")) {
            JsonNode pn = entry.has("shared") ? sharedPattern(file, entry.path("shared").asText()) : entry;
            String name = pn.path("name").asText("");
            String text = expand(file, pn.path("semgrex").asText(""), words);
            Set<String> roles = new LinkedHashSet<>(); // in the pattern's order, so a claim's roles come out the same on every run
            for (String node : names(file, text)) {
                try {
                    model.requireRole(node);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("events/" + file + " pattern '" + name + "': " + e.getMessage(), e);
                }
                if (!def.hasRole(node)) {
                    throw new IllegalStateException("events/" + file + " pattern '" + name + "': kind '" + kind
                            + "' has no role '" + node + "' " + def.roles());
                }
                roles.add(node);
            }
            patterns.add(new KindPattern(kind, name, compile(file, text), Collections.unmodifiableSet(roles), pn.path("adds").asBoolean(false),
                    anchor(text)));
        }
    }

    /**
     * Patterns several kind files use, by key (events/shared-patterns.json): a kind file lists one as
     * {@code {"shared": key}}, and it is read there with that kind's word lists, as its own are.
     */
    void addSharedPatterns(JsonNode root) {
        root.path("patterns").properties().forEach(e -> sharedPatterns.put(e.getKey(), e.getValue()));
    }

    private JsonNode sharedPattern(String file, String key) {
        JsonNode p = sharedPatterns.get(key);
        if (p == null) {
            throw new IllegalStateException("events/" + file + ": no shared pattern '" + key + "' in events/shared-patterns.json");
        }
        return p;
    }

    /** Word lists every kind file may name beside its own (events/words.json). */
    void addSharedWords(JsonNode root) {
        shared.putAll(readWords(root));
    }

    /** A file's word lists, each as a regex alternation; their words make a sentence worth parsing. */
    private Map<String, String> readWords(JsonNode root) {
        Map<String, String> words = new LinkedHashMap<>();
        root.path("words").properties().forEach(e -> {
            List<String> list = new ArrayList<>();
            e.getValue().forEach(w -> list.add(w.asText()));
            triggers.addAll(list);
            words.put(e.getKey(), String.join("|", list));
        });
        return words;
    }

    void addStance(EventModel model, JsonNode root) {
        for (String reading : List.of("prohibited", "negated", "denied", "reported", "alleged", "speculative")) {
            List<SemgrexPattern> list = new ArrayList<>();
            for (JsonNode pn : root.path(reading)) {
                String text = pn.asText();
                for (String node : names("stance.json", text)) {
                    if (!model.role(node).isPresent()) {
                        throw new IllegalStateException("events/stance.json: '" + node + "' is not a role of the event model");
                    }
                }
                list.add(compile("stance.json", text));
            }
            stance.put(reading, List.copyOf(list));
        }
    }

    /**
     * The event node's lemma regex, where the pattern names one event node and has no alternation
     * ("[...|...]", in which the event could be another node): a sentence without such a lemma cannot match.
     */
    static Pattern anchor(String text) {
        Matcher m = EVENT_LEMMA.matcher(text);
        if (text.indexOf("=" + EVENT) != text.lastIndexOf("=" + EVENT) || text.contains("[") || !m.find()) {
            return null;
        }
        return Pattern.compile(m.group(1));
    }

    /** Named nodes of a pattern other than {@code event} and helpers; the pattern must name {@code event}. */
    private static List<String> names(String file, String text) {
        List<String> out = new ArrayList<>();
        boolean event = false;
        Matcher m = NAMES.matcher(text);
        while (m.find()) {
            String n = m.group(1);
            if (n.equals(EVENT)) {
                event = true;
            } else if (!n.startsWith("_")) {
                out.add(n);
            }
        }
        if (!event) {
            throw new IllegalStateException("events/" + file + ": pattern names no '=" + EVENT + "' node: " + text);
        }
        return out;
    }

    private static String expand(String file, String text, Map<String, String> words) {
        Matcher m = WORD_LIST.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String list = words.get(m.group(1));
            if (list == null) {
                throw new IllegalStateException("events/" + file + ": no word list '" + m.group(1) + "' for " + text);
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(list));
        }
        return m.appendTail(sb).toString();
    }

    private static SemgrexPattern compile(String file, String text) {
        try {
            return SemgrexPattern.compile(text);
        } catch (RuntimeException e) {
            throw new IllegalStateException("events/" + file + ": not a Semgrex pattern: " + text, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = EventPatterns.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is not on the classpath");
        }
        return in;
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(open(resource), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (!line.isBlank() && !line.startsWith(";")) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public List<KindPattern> patterns() {
        return patterns;
    }

    /** The patterns of one reading of stance.json. */
    public List<SemgrexPattern> stance(String reading) {
        return stance.getOrDefault(reading, List.of());
    }

    /** Every word that can state an event or a prohibition: a sentence without one is not parsed. */
    public Set<String> triggers() {
        return Set.copyOf(triggers);
    }
}
