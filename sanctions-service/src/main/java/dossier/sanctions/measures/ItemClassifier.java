package dossier.sanctions.measures;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies an item description into the Harmonized System with data: makes and models first
 * (classification/makes-models.json: "Aurus Senat" → 8703), then term rules
 * (classification/items.json: "excavator" → 8429). Among term rules the most specific match wins
 * (the longest term, a qualifier counting as a word), so "armoured combat vehicle" is 8710, not a
 * car. "Parts" of a make take the make's parts heading; "spare parts" of nothing named stay
 * unknown. Nothing fires → unknown, never a guess.
 */
public final class ItemClassifier {

    /** One term rule: any term, plus any qualifier when qualifiers are given. */
    public record Rule(String heading, List<String> categories, Double confidence, List<String> terms, List<String> qualifiers) {
    }

    private static final List<String> PART_WORDS = List.of("part", "parts", "spare part", "spare parts", "component", "components");

    private final List<Rule> rules;
    private final List<MakeModel> makes;

    public ItemClassifier(List<Rule> rules, List<MakeModel> makes, HsNomenclature hs) {
        for (Rule r : rules) {
            if (r.heading() == null || r.categories() == null || r.categories().isEmpty() || r.terms() == null || r.terms().isEmpty()) {
                throw new IllegalStateException("Item classification: every rule needs a heading, categories and terms (" + r + ")");
            }
            hs.require(r.heading(), "Item classification rule " + r.terms());
        }
        for (MakeModel m : makes) {
            if (m.names() == null || m.names().isEmpty() || m.heading() == null || m.manufacturer() == null) {
                throw new IllegalStateException("Makes and models: every entry needs names, a heading and a manufacturer (" + m + ")");
            }
            hs.require(m.heading(), "Make/model " + m.names());
            if (m.partsHeading() != null) {
                hs.require(m.partsHeading(), "Make/model " + m.names() + " parts");
            }
            if (m.introduced() != null) {
                java.time.LocalDate.parse(m.introduced());
            }
        }
        this.rules = List.copyOf(rules);
        this.makes = List.copyOf(makes);
    }

    public static ItemClassifier fromClasspath(String termsResource, String makesResource) {
        JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        return new ItemClassifier(Arrays.asList(read(json, termsResource, Rule[].class)),
                Arrays.asList(read(json, makesResource, MakeModel[].class)), HsNomenclature.standard());
    }

    /** The shipped data: classification/items.json and classification/makes-models.json. */
    public static ItemClassifier standard() {
        return fromClasspath("classification/items.json", "classification/makes-models.json");
    }

    private static <T> T read(JsonMapper json, String resource, Class<T> type) {
        try (InputStream in = ItemClassifier.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Item classification " + resource + " was not found on the classpath");
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new IllegalStateException("Item classification " + resource + " is invalid: " + e.getMessage(), e);
        }
    }

    public List<MakeModel> makes() {
        return makes;
    }

    public ItemClassification classify(String item) {
        List<String> tokens = tokens(item == null ? "" : item);
        if (tokens.isEmpty()) {
            return ItemClassification.unknown(item == null ? "" : item);
        }
        boolean parts = firstPresent(tokens, PART_WORDS) != null;
        // 1. a make or model named: the longest name found
        MakeModel bestMake = null;
        String bestName = null;
        for (MakeModel m : makes) {
            String n = firstPresent(tokens, m.names());
            if (n != null && (bestName == null || tokens(n).size() > tokens(bestName).size())) {
                bestMake = m;
                bestName = n;
            }
        }
        // 2. the most specific term rule
        record Hit(Rule rule, String term, String qualifier, int weight) {
        }
        List<Hit> hits = new ArrayList<>();
        for (Rule r : rules) {
            String term = firstPresent(tokens, longestFirst(r.terms()));
            if (term == null) {
                continue;
            }
            String qualifier = null;
            if (r.qualifiers() != null && !r.qualifiers().isEmpty()) {
                qualifier = firstPresent(tokens, r.qualifiers());
                if (qualifier == null) {
                    continue;
                }
            }
            hits.add(new Hit(r, term, qualifier, tokens(term).size() * 2 + (qualifier == null ? 0 : 1)));
        }
        Hit best = hits.stream().max(Comparator.comparingInt(Hit::weight)).orElse(null);
        if (bestMake != null) {
            boolean partsOfIt = parts && bestMake.partsHeading() != null;
            // A term more specific than the make ("an Aurus-built armoured fighting vehicle") still wins.
            if (best == null || best.weight() <= 4 || best.rule().heading().equals(bestMake.heading())) {
                String heading = partsOfIt ? bestMake.partsHeading() : bestMake.heading();
                Set<String> cats = new LinkedHashSet<>();
                if (partsOfIt) {
                    cats.add(heading.startsWith("88") ? "aircraft-parts" : heading.startsWith("93") ? "arms" : "vehicle-parts");
                } else {
                    cats.addAll(bestMake.categories());
                    // "a luxury Lexus": the term rules' categories for the same heading join in
                    for (Hit h : hits) {
                        if (h.rule().heading().equals(heading)) {
                            cats.addAll(h.rule().categories());
                        }
                    }
                }
                double conf = bestMake.confidence() == null ? 0.95 : bestMake.confidence();
                List<String> matched = new ArrayList<>(List.of(bestName));
                if (partsOfIt) {
                    matched.add("parts");
                }
                return new ItemClassification(item, heading, List.copyOf(cats), partsOfIt ? "make/model (parts)" : "make/model",
                        conf, matched, Optional.of(bestMake));
            }
        }
        if (best == null) {
            return ItemClassification.unknown(item);
        }
        Set<String> cats = new LinkedHashSet<>();
        Set<String> matched = new LinkedHashSet<>();
        for (Hit h : hits) {
            if (h.rule().heading().equals(best.rule().heading())) {
                cats.addAll(h.rule().categories());
                matched.add(h.term());
                if (h.qualifier() != null) {
                    matched.add(h.qualifier());
                }
            }
        }
        double conf = best.rule().confidence() == null ? 0.8 : best.rule().confidence();
        return new ItemClassification(item, best.rule().heading(), List.copyOf(cats), "term", conf, List.copyOf(matched), Optional.empty());
    }

    private static List<String> longestFirst(List<String> terms) {
        return terms.stream().sorted(Comparator.comparingInt((String t) -> tokens(t).size()).reversed()).toList();
    }

    private static String firstPresent(List<String> tokens, List<String> phrases) {
        for (String phrase : phrases) {
            List<String> p = tokens(phrase);
            if (!p.isEmpty() && containsPhrase(tokens, p)) {
                return phrase;
            }
        }
        return null;
    }

    static boolean containsPhrase(List<String> tokens, List<String> phrase) {
        outer:
        for (int i = 0; i + phrase.size() <= tokens.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!sameWord(tokens.get(i + j), phrase.get(j))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Singular and plural count as one word ("missile", "missiles"; "watch", "watches"). */
    private static boolean sameWord(String token, String term) {
        return token.equals(term) || token.equals(term + "s") || token.equals(term + "es")
                || (term.endsWith("y") && token.equals(term.substring(0, term.length() - 1) + "ies"));
    }

    static List<String> tokens(String s) {
        String[] parts = s.toLowerCase(Locale.ROOT).replace('’', '\'').split("[^\\p{L}\\p{N}]+");
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
