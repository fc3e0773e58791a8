package dossier.sanctions.imports;

import dossier.sanctions.repository.ImportRecord;

import java.util.List;

/**
 * What an import did (or, for a dry run, would do).
 *
 * @param record  the stored record; null for a dry run
 * @param refusal dry run only: why the import would be refused without force; empty when it would not
 */
public record ImportOutcome(String listName, ImportDiff diff, long durationMs, List<String> warnings, boolean dryRun,
                            ImportRecord record, String refusal) {
}
