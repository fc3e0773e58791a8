package dossier.source.eval.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The gold of the events corpus (src/test/resources/corpus, format in its README): one file per
 * event with its articles, their events, roles and parties, and the expected conflicts and
 * non-conflicts across the articles.
 */
public final class CorpusGold {

    public static final String ROOT = "corpus";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EventFile(String event, String title, boolean violation, String note, List<Article> articles,
                            List<Comparison> conflicts, List<Comparison> nonConflicts) {
        public EventFile {
            articles = articles == null ? List.of() : articles;
            conflicts = conflicts == null ? List.of() : conflicts;
            nonConflicts = nonConflicts == null ? List.of() : nonConflicts;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Article(String id, String file, String outlet, String published, List<Abbreviation> abbreviations,
                          List<Party> parties, List<GoldEvent> events) {
        public Article {
            abbreviations = abbreviations == null ? List.of() : abbreviations;
            parties = parties == null ? List.of() : parties;
            events = events == null ? List.of() : events;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Abbreviation(String shortForm, String longForm) {
        @com.fasterxml.jackson.annotation.JsonCreator
        public static Abbreviation of(@com.fasterxml.jackson.annotation.JsonProperty("short") String s,
                                      @com.fasterxml.jackson.annotation.JsonProperty("long") String l) {
            return new Abbreviation(s, l);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Party(String name, List<String> roles) {
    }

    /**
     * One mention of an event. {@code roles}: role → its values, each a string of alternatives
     * separated by '|' (the file may give one string or a list).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldEvent(String kind, String incident, String modality, List<String> hard, String quote,
                            Map<String, List<String>> roles) {
        public GoldEvent {
            hard = hard == null ? List.of() : hard;
            roles = roles == null ? Map.of() : roles;
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static GoldEvent of(@com.fasterxml.jackson.annotation.JsonProperty("kind") String kind,
                                   @com.fasterxml.jackson.annotation.JsonProperty("incident") String incident,
                                   @com.fasterxml.jackson.annotation.JsonProperty("modality") String modality,
                                   @com.fasterxml.jackson.annotation.JsonProperty("hard") List<String> hard,
                                   @com.fasterxml.jackson.annotation.JsonProperty("quote") String quote,
                                   @com.fasterxml.jackson.annotation.JsonProperty("roles") Map<String, Object> roles) {
            Map<String, List<String>> r = new LinkedHashMap<>();
            if (roles != null) {
                roles.forEach((role, v) -> r.put(role, v instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                        : List.of(String.valueOf(v))));
            }
            return new GoldEvent(kind, incident, modality, hard, quote, r);
        }
    }

    /** A slot (role) on which the articles of an event should (conflicts) or should not (nonConflicts) be found to disagree. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Comparison(String role, String incident, String why, List<ComparedValue> values) {
        public Comparison {
            values = values == null ? List.of() : values;
        }
    }

    /** article: ids separated by '|'; value: alternatives separated by '|'. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ComparedValue(String article, String value) {
        public List<String> articles() {
            return List.of(article.split("\\|"));
        }
    }

    /**
     * The splits: "dev" and "dev21" (four more events, written on 2026-12-08, round 21) are worked
     * against; "test" (split from dev on 2026-12-05) and "test21" (written and labelled on 2026-12-08
     * before any run on it) are scored only with an extractor frozen for the round.
     */
    public static final List<String> SPLITS = List.of("dev", "test", "dev21", "test21");

    /** The event files of a split (one of {@link #SPLITS}), in name order. */
    public static List<EventFile> load(String split) {
        ObjectMapper json = new ObjectMapper();
        List<EventFile> out = new ArrayList<>();
        for (String name : resources(split, ".json")) {
            try (InputStream in = open(ROOT + "/" + split + "/" + name)) {
                out.add(json.readValue(in, EventFile.class));
            } catch (IOException e) {
                throw new UncheckedIOException(split + "/" + name + ": " + e.getMessage(), e);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no event files in " + ROOT + "/" + split);
        }
        return out;
    }

    /** The text of an article of a split. */
    public static String text(String split, Article a) {
        try (InputStream in = open(ROOT + "/" + split + "/" + a.file())) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** File names in a split directory with the given ending (test resources lie in a directory). */
    static List<String> resources(String split, String ending) {
        URL dir = CorpusGold.class.getClassLoader().getResource(ROOT + "/" + split);
        if (dir == null) {
            throw new IllegalArgumentException("no corpus split " + split + " (expected dev or test)");
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(ending)).sorted().toList();
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list " + dir, e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = CorpusGold.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("missing " + resource);
        }
        return in;
    }

    private CorpusGold() {
    }
}
