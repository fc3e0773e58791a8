package dossier.sanctions.domain;

import java.util.List;

/** What the rules know of a resolved entity, with its designations on the lists this service holds. */
public record EntityFact(String id, String caption, Kind kind, List<String> countries, List<String> positions,
                         List<String> relationshipTypes, boolean verified, List<Listing> listings) {

    public enum Kind { PERSON, ORGANIZATION, COMPANY, PUBLIC_BODY, COUNTRY, VEHICLE, VESSEL, AIRCRAFT, ITEM, POSITION, LEGAL_ENTITY, OTHER }

    public boolean isCountry() {
        return kind == Kind.COUNTRY;
    }

    /** A person or a body that acts (not a thing, not a country). */
    public boolean actor() {
        return switch (kind) {
            case PERSON, ORGANIZATION, COMPANY, PUBLIC_BODY, LEGAL_ENTITY -> true;
            default -> false;
        };
    }
}
