package dossier.source.comparison;

import java.util.List;

/** Where the claims of a case agree and where they cannot all be true. */
public record ComparisonResult(List<Conflict> conflicts, List<Corroboration> corroborations) {

    /** One value of a slot and the evidence behind it. */
    public record SlotValue(String value, List<String> claimIds, List<String> sourceIds, int independentLines) {
    }

    public record Conflict(String id, String slot, String description, List<SlotValue> values) {
    }

    public record Corroboration(String slot, String description, SlotValue value, List<String> refinements) {
    }
}
