package dossier.source.domain;

import java.util.List;

/**
 * One argument of a claim. {@code names} holds the proper-name tokens of the value (lower case),
 * which the comparison uses to tell a refinement from a contradiction; it is not on the wire.
 * {@code interval} (a time argument) and {@code amount} (a quantity or value) are null when not read.
 */
public record ClaimArgument(String role, String value, String entityId, TextSpan span, String normalized,
                            List<String> names, DateRange interval, Amount amount) {

    public ClaimArgument(String role, String value, String entityId, TextSpan span, String normalized, List<String> names) {
        this(role, value, entityId, span, normalized, names, null, null);
    }

    public ClaimArgument withInterval(DateRange i) {
        return new ClaimArgument(role, value, entityId, span, normalized, names, i, amount);
    }

    public ClaimArgument withAmount(Amount a) {
        return new ClaimArgument(role, value, entityId, span, normalized, names, interval, a);
    }

    public ClaimArgument {
        entityId = entityId == null ? "" : entityId;
        normalized = normalized == null ? "" : normalized;
        names = names == null ? List.of() : List.copyOf(names);
    }
}
