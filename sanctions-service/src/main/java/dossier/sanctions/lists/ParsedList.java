package dossier.sanctions.lists;

import java.util.List;

/** A whole list file set parsed into records; warnings name tolerated oddities (e.g. dangling keys). */
public record ParsedList(String dataset, String listName, List<ListRecord> records, List<String> warnings) {
}
