package dossier.sanctions.domain;

import java.util.List;

/**
 * A party of the case to screen. screenNames: names to screen besides the caption (a maker's
 * registered name from the makes data); byName: screen by name even without a resolved entity.
 */
public record PartyView(String entityId, String name, String schema, List<String> roles, List<String> countries,
                        List<String> claimIds, List<String> screenNames, boolean byName) {
}
