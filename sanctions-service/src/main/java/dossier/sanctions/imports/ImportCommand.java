package dossier.sanctions.imports;

import dossier.sanctions.lists.ListFiles;
import dossier.sanctions.lists.ListKind;

import java.util.List;

/**
 * One request to import a list.
 *
 * @param files empty: the copy shipped with the service
 * @param actor who imports (recorded)
 */
public record ImportCommand(ListKind kind, List<ListFiles.Part> files, boolean dryRun, boolean force, String reason,
                            String actor) {

    /** The shipped copy, imported by the service itself (first start). */
    public static ImportCommand shipped(ListKind kind, String actor) {
        return new ImportCommand(kind, List.of(), false, false, "", actor);
    }
}
