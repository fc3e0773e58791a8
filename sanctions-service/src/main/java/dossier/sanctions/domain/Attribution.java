package dossier.sanctions.domain;

/** One link of who says so, outermost (the outlet) first. */
public record Attribution(String name, String entityId, String verb) {
}
