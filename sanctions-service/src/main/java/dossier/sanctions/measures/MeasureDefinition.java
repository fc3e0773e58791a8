package dossier.sanctions.measures;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;
import java.util.Map;

/**
 * One prohibition as data: what conduct, by whom, of which items, in which direction, since when.
 * boundStates: ISO codes of the states whose conduct the measure binds; "*" means every state
 * (UN Member States); "us" with boundNote for US-person regimes.
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record MeasureDefinition(
        String id,
        String regime,
        String title,
        List<CitationDefinition> citations,
        String adopted,
        String direction,
        String targetCountry,
        String bound,
        List<String> boundStates,
        List<String> conduct,
        List<String> itemCategories,
        List<String> hsHeadings,
        Map<String, Double> valueThresholdsUsd,
        List<ExemptionDefinition> exemptions,
        int version) {

    public record CitationDefinition(String instrument, String provision, String summary) {
    }

    /** An exemption and the item words that make a transfer fall under it. */
    public record ExemptionDefinition(String description, List<String> terms) {
    }

    public boolean into() {
        return "INTO".equals(direction);
    }

    public List<String> boundStatesOrAll() {
        return boundStates == null || boundStates.isEmpty() ? List.of("*") : boundStates;
    }

    public List<ExemptionDefinition> exemptionsOrEmpty() {
        return exemptions == null ? List.of() : exemptions;
    }

    public Map<String, Double> thresholdsOrEmpty() {
        return valueThresholdsUsd == null ? Map.of() : valueThresholdsUsd;
    }
}
