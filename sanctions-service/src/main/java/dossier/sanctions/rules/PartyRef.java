package dossier.sanctions.rules;

import dossier.sanctions.domain.EntityFact;

import java.util.Optional;

/** One side of a transfer as the claims name it, with the entity behind it when resolved. */
public record PartyRef(String entityId, String name, Optional<EntityFact> entity) {
    static final PartyRef NONE = new PartyRef("", "", Optional.empty());

    public boolean known() {
        return !entityId.isEmpty() || !name.isEmpty();
    }

    /** Grouping key: the entity id when resolved, else the normalised name. */
    public String key() {
        if (!entityId.isEmpty()) {
            return entityId;
        }
        return name.isEmpty() ? "?" : "name:" + name.toLowerCase().replaceAll("\\s+", " ").trim();
    }

    public String label() {
        if (entity.isPresent() && !entity.get().caption().isEmpty()) {
            return entity.get().caption();
        }
        return name.isEmpty() ? "(unnamed)" : name;
    }

    public boolean isCountry() {
        return entity.map(EntityFact::isCountry).orElse(false);
    }
}
