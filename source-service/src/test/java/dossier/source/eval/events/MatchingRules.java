package dossier.source.eval.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import dossier.support.model.EventModel;

/**
 * The scorer's data (corpus/matching.json): which kinds are scored, how the claim types and roles of
 * the extractor that predates the event model map onto it, and the words the value matcher folds.
 * Every kind and role named is checked against the event model on load.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MatchingRules(Set<String> scoredKinds, Map<String, String> legacyKinds, Map<String, String> legacyRoles,
                            Set<String> stopwords, Map<String, Long> numberWords, Map<String, Long> multipliers) {

    public static final String RESOURCE = CorpusGold.ROOT + "/matching.json";

    public static MatchingRules standard() {
        try (InputStream in = MatchingRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalArgumentException("missing " + RESOURCE);
            }
            return new ObjectMapper().readValue(in, MatchingRules.class).validated(EventModel.standard());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails on a kind or role the event model does not declare. */
    public MatchingRules validated(EventModel model) {
        scoredKinds.forEach(model::requireKind);
        legacyKinds.values().forEach(model::requireKind);
        legacyRoles.values().forEach(model::requireRole);
        return this;
    }

    public List<String> legacyTypes() {
        return List.copyOf(legacyKinds.keySet());
    }
}
