package dossier.source.domain;

import java.util.List;

/**
 * One argument of a claim. {@code names} holds the proper-name tokens of the value (lower case),
 * which the comparison uses to tell a refinement from a contradiction; it is not on the wire.
 */
public record ClaimArgument(String role, String value, String entityId, TextSpan span, String normalized,
                            List<String> names) {
    public ClaimArgument {
        entityId = entityId == null ? "" : entityId;
        normalized = normalized == null ? "" : normalized;
        names = names == null ? List.of() : List.copyOf(names);
    }
}
