package dossier.source.domain;

/** One link of "who says so": the outlet, then whom it cites, outermost first. */
public record AttributionLink(String name, String entityId, String verb, TextSpan span) {
    public AttributionLink {
        entityId = entityId == null ? "" : entityId;
    }
}
