package dossier.source.domain;

import java.util.List;

/** A span of a source resolved (or not) to an entity of entity-service. */
public record MentionRef(TextSpan span, String entityId, String caption, String schema, String method,
                         double confidence, List<String> countries) {
    public MentionRef {
        countries = countries == null ? List.of() : List.copyOf(countries);
        entityId = entityId == null ? "" : entityId;
        caption = caption == null ? "" : caption;
        schema = schema == null ? "" : schema;
        method = method == null ? "" : method;
    }

    public boolean resolved() {
        return !entityId.isEmpty();
    }
}
