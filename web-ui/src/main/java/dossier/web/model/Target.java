package dossier.web.model;

import java.util.Optional;

/**
 * Where a link in the case file leads: a tab, the element to scroll to there, and for a sentence
 * the claim whose span is to be highlighted inside that element. Carried in the page as one
 * attribute ({@link #encode()}), so every picture and list links the same way.
 */
public record Target(Section section, String elementId, String claimId) {

    private static final String SEP = "|";

    public Target {
        claimId = claimId == null ? "" : claimId;
        elementId = elementId == null ? "" : elementId;
    }

    public static Target verdict(String verdictId) {
        return new Target(Section.VERDICTS, "verdict-" + verdictId, "");
    }

    public static Target party(String entityId) {
        return new Target(Section.PARTIES, "party-" + entityId, "");
    }

    public static Target conflicts() {
        return new Target(Section.CONFLICTS, "conflicts", "");
    }

    public static Target conflict(String conflictId) {
        return new Target(Section.CONFLICTS, "conflict-" + conflictId, "");
    }

    public static Target source(String sourceId) {
        return new Target(Section.SOURCES, "source-" + sourceId, "");
    }

    /** The sentence of a claim, highlighted in its source's text. */
    public static Target sentence(String sourceId, String claimId) {
        return new Target(Section.SOURCES, "source-text-" + sourceId, claimId);
    }

    public String encode() {
        return section.name() + SEP + elementId + SEP + claimId;
    }

    /** The target a page attribute names, or empty for anything this page did not write. */
    public static Optional<Target> decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return Optional.empty();
        }
        String[] parts = encoded.split("\\|", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Target(Section.valueOf(parts[0]), parts[1], parts[2]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
