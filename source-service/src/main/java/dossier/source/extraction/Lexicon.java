package dossier.source.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The English vocabulary the rules use (lexicon/en.json): ordinary words only, so new genres are
 * handled by editing data, not code.
 */
public record Lexicon(Set<String> transferVerbs, Set<String> transferNouns, Set<String> speechVerbs,
                      Set<String> confirmVerbs, Set<String> confirmNouns, Set<String> denyVerbs, Set<String> denyNouns,
                      Set<String> hedges, Set<String> allegationCues, Map<String, Set<String>> qualifiers,
                      List<List<String>> contradictoryQualifiers, Set<String> violationWords,
                      Set<String> measureNouns, List<String> attributionMarkers, Set<String> honorifics,
                      Set<String> roleNouns, Map<String, Set<String>> itemKinds, Set<String> priceCues,
                      Set<String> foundedCues, Set<String> copulas, Map<String, Long> numberWords,
                      Map<String, Long> magnitudes, Set<String> approximators, Set<String> stopwords,
                      Set<String> dateWords, Set<String> timeNouns, Set<String> timeModifiers,
                      Set<String> genericSourceWords, Set<String> expressVerbs, Set<String> receiveVerbs,
                      Set<String> existenceCues, Set<String> quantifiers, Map<String, Set<String>> moneyActions) {

    private static volatile Lexicon english;

    public static Lexicon english() {
        if (english == null) {
            english = load("/lexicon/en.json");
        }
        return english;
    }

    public static Lexicon load(String resource) {
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon " + resource + " is missing");
            }
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(in, Lexicon.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }

    /** The qualifier group ("inadvertent", "flagrant", "potential") a word belongs to. */
    public Optional<String> qualifierGroup(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return qualifiers.entrySet().stream().filter(e -> e.getValue().contains(w)).map(Map.Entry::getKey).findFirst();
    }

    /** The kind ("vehicle", "fuel" ...) of a head noun, or the noun itself. */
    public String kindOf(String noun) {
        return itemKinds.entrySet().stream().filter(e -> e.getValue().contains(noun)).map(Map.Entry::getKey)
                .findFirst().orElse(noun);
    }

    /** Whether a lemma names a kind of goods ("watch", "drone"), whatever the tagger thought it was. */
    public boolean isItemNoun(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        // the lemmatizer mangles a plural noun it was told is a verb ("watches" → "watc"): try the plural forms
        return java.util.stream.Stream.of(w, w.replaceFirst("es$", ""), w.replaceFirst("s$", ""))
                .anyMatch(s -> itemKinds.values().stream().anyMatch(v -> v.contains(s)));
    }

    public boolean contradictory(String groupA, String groupB) {
        return contradictoryQualifiers.stream().anyMatch(p -> p.contains(groupA) && p.contains(groupB) && !groupA.equals(groupB));
    }
}
