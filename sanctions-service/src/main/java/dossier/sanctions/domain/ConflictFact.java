package dossier.sanctions.domain;

import java.util.List;

/** Values for one slot that cannot all be true (or one that several sources support: a corroboration). */
public record ConflictFact(String slot, String description, List<SlotValue> values) {
    public record SlotValue(String value, List<String> claimIds, int independentLines) {
    }
}
