package dossier.sanctions.measures;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One measure as data (see MEASURES.md): what conduct, by whom, of which items (scope entries, each
 * with the resolution that added it and its own adoption date), in which direction, with which
 * exemptions, decided on which elements.
 *
 * <ul>
 *   <li>nature: "prohibition" (an obligation the bound actor may breach) or "exposure" (a
 *       designation authority or a listing: a risk for the parties, no breach by them).</li>
 *   <li>boundStates: ISO codes of the states whose conduct the measure binds; "*" every state (UN
 *       Member States); "any-person" a secondary authority that reaches any person.</li>
 *   <li>appliesTo: the incident kinds it is evaluated on ("transfer", "alleged_transfer",
 *       "service", "employment" ...); an incident of another kind gets no verdict for it.</li>
 * </ul>
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record MeasureDefinition(
        String id,
        String regime,
        String title,
        String nature,
        List<CitationDefinition> citations,
        String adopted,
        String direction,
        String targetCountry,
        String bound,
        String exposed,
        List<String> boundStates,
        List<String> appliesTo,
        List<String> elements,
        List<String> conduct,
        List<ScopeEntry> scope,
        List<ExemptionDefinition> exemptions,
        ListingDefinition listing,
        int version) {

    public record CitationDefinition(String instrument, String provision, String summary) {
    }

    /**
     * Items in scope: HS codes or ranges and/or item categories, or any item at all (economic
     * resources); since when (adopted) and under which provision; a value floor when the measure
     * covers them only above a value (USD).
     */
    public record ScopeEntry(String label, List<String> hs, List<String> categories, Boolean anyItem, String adopted,
                             String citation, Double minValueUsd, List<String> possibleHs, Boolean possible) {
        /**
         * possibleHs: HS codes (exact) whose items may belong to this entry's categories without the
         * text saying so ("a car" may be a luxury car); possible: an anyItem entry that only may
         * apply (new work authorizations). Either makes an earlier date UNKNOWN instead of NOT_MET.
         */
        public List<String> possibleHsOrEmpty() {
            return possibleHs == null ? List.of() : possibleHs;
        }

        public boolean onlyPossible() {
            return Boolean.TRUE.equals(possible);
        }

        public List<String> hsOrEmpty() {
            return hs == null ? List.of() : hs;
        }

        public List<String> categoriesOrEmpty() {
            return categories == null ? List.of() : categories;
        }

        public boolean any() {
            return Boolean.TRUE.equals(anyItem);
        }
    }

    /**
     * An exemption: the HS codes it can cover (empty: any item), the words that show it applies
     * (a licence, the Committee's approval, the civil use), and whether it is presumed absent when
     * not shown (true for exceptions the actor must show; false where lawful transfers are the rule,
     * as under the petroleum caps, so that a silent report stays UNKNOWN).
     */
    public record ExemptionDefinition(String description, String citation, List<String> hs, List<String> evidence,
                                      Boolean presumedAbsent) {
        public List<String> hsOrEmpty() {
            return hs == null ? List.of() : hs;
        }

        public List<String> evidenceOrEmpty() {
            return evidence == null ? List.of() : evidence;
        }

        public boolean presumedAbsentOrTrue() {
            return presumedAbsent == null || presumedAbsent;
        }
    }

    /**
     * Designations the measure turns on: the datasets and programs that count, which roles of the
     * incident to check (event-model wire names), whether the lists held are complete for it (so
     * that "not on the list" is positive evidence), and curated entries for a list not shipped.
     */
    public record ListingDefinition(List<String> datasets, List<String> programs, List<String> roles, boolean complete,
                                    List<CuratedListing> curated, Boolean statesListed) {
        /**
         * Whether a state itself can be designated on these lists: not on the UN list (persons and
         * entities only), so a state in a checked role is positively not listed; the US blocks the
         * Government of North Korea (E.O. 13722), so there a state stays unchecked.
         */
        public boolean statesMayBeListed() {
            return statesListed == null || statesListed;
        }

        public List<CuratedListing> curatedOrEmpty() {
            return curated == null ? List.of() : curated;
        }

        public List<String> datasetsOrEmpty() {
            return datasets == null ? List.of() : datasets;
        }

        public List<String> programsOrEmpty() {
            return programs == null ? List.of() : programs;
        }
    }

    /** A listing taken from the instrument itself when its list is not shipped (e.g. EU 269/2014). */
    public record CuratedListing(String name, List<String> aliases, String listedOn, String act) {
    }

    public boolean into() {
        return "INTO".equals(direction);
    }

    public boolean outOf() {
        return "OUT_OF".equals(direction);
    }

    public boolean exposure() {
        return "exposure".equals(nature);
    }

    public List<String> boundStatesOrAll() {
        return boundStates == null || boundStates.isEmpty() ? List.of("*") : boundStates;
    }

    public List<String> appliesToOrDefault() {
        return appliesTo == null || appliesTo.isEmpty() ? List.of("transfer", "alleged_transfer") : appliesTo;
    }

    public List<ScopeEntry> scopeOrEmpty() {
        return scope == null ? List.of() : scope;
    }

    public List<ExemptionDefinition> exemptionsOrEmpty() {
        return exemptions == null ? List.of() : exemptions;
    }

    public List<String> conductOrEmpty() {
        return conduct == null ? List.of() : conduct;
    }

    /** Every category the scope names (for the contract's Measure.item_categories). */
    public List<String> itemCategories() {
        Set<String> out = new LinkedHashSet<>();
        scopeOrEmpty().forEach(s -> out.addAll(s.categoriesOrEmpty()));
        return new ArrayList<>(out);
    }

    /** Every HS code or range the scope names (for the contract's Measure.hs_headings). */
    public List<String> hsHeadings() {
        Set<String> out = new LinkedHashSet<>();
        scopeOrEmpty().forEach(s -> out.addAll(s.hsOrEmpty()));
        return new ArrayList<>(out);
    }

    /** Value floors by category or HS code (for the contract's Measure.value_thresholds_usd). */
    public Map<String, Double> thresholdsOrEmpty() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (ScopeEntry s : scopeOrEmpty()) {
            if (s.minValueUsd() != null) {
                s.categoriesOrEmpty().forEach(c -> out.put(c, s.minValueUsd()));
                s.hsOrEmpty().forEach(c -> out.put(c, s.minValueUsd()));
            }
        }
        return out;
    }
}
