package dossier.entity.resolution;

import java.util.List;

/** What a mention refers to; entityId is null when unresolved. */
public record Resolution(MentionCandidate span, String entityId, String caption, String schema,
                         double confidence, String method, List<String> countries) {

    public static Resolution unresolved(MentionCandidate span) {
        return new Resolution(span, null, null, null, 0, "unresolved", List.of());
    }
}
