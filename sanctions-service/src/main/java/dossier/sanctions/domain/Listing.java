package dossier.sanctions.domain;

import java.util.List;

/** A designation of an entity on a sanctions list ("OFAC SDN" 47956, program RUSSIA-EO14024). */
public record Listing(String dataset, String list, String reference, List<String> programs, String listedOn) {
}
