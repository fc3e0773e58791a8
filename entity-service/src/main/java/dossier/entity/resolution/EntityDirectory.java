package dossier.entity.resolution;

import dossier.entity.matching.MatchSubject;

import java.util.Optional;

/** What the resolver needs from the entity store besides the matcher. */
public interface EntityDirectory {

    /** The reference entity of a country (ISO alpha-2, lower case). */
    Optional<MatchSubject> country(String code);

    /** Creates (or finds) the unverified entity for an unknown name; key "mention:<normalised name>". */
    MatchSubject createUnknown(String name, String schema, String documentId);
}
