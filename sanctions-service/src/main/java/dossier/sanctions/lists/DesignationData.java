package dossier.sanctions.lists;

import java.util.List;

/** What a list says about one listed entity, independent of the entity's own data. */
public record DesignationData(String dataset, String listName, String reference, List<String> programs,
                              String listedOn, String remarks) {
}
