package dossier.sanctions.domain;

import dossier.model.v1.Role;

/**
 * One argument of a claim. The role is the declared event model's (the mapper reads the old wire
 * names "date" as TIME and "object" as SUBJECT); interval and amount are null when not given.
 */
public record ArgFact(Role role, String value, String entityId, TextSpan span, String normalized, Interval interval,
                      Amount amount) {
    public boolean hasEntity() {
        return !entityId.isEmpty();
    }
}
