package dossier.sanctions.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import changes on a list's stored designations, by reference: added (new), changed (other
 * content, or listed again), delisted (active and no longer in the file), unchanged. Computed
 * before anything is written, so a dry run and the delisting guard see the same diff the import writes.
 */
public record ImportDiff(List<String> added, List<String> changed, List<String> delisted, List<String> unchanged,
                         int activeBefore) {

    /** A stored designation as the diff needs it. */
    public record Stored(String contentHash, boolean delisted) {
    }

    /**
     * @param stored   the list's stored designations by reference
     * @param incoming the content hash of each record of the file by reference, in file order
     */
    public static ImportDiff between(Map<String, Stored> stored, Map<String, String> incoming) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        incoming.forEach((ref, hash) -> {
            Stored s = stored.get(ref);
            if (s == null) {
                added.add(ref);
            } else if (s.delisted() || !s.contentHash().equals(hash)) {
                changed.add(ref);
            } else {
                unchanged.add(ref);
            }
        });
        List<String> delisted = new ArrayList<>();
        int active = 0;
        for (var e : new TreeMap<>(stored).entrySet()) {
            if (!e.getValue().delisted()) {
                active++;
                if (!incoming.containsKey(e.getKey())) {
                    delisted.add(e.getKey());
                }
            }
        }
        return new ImportDiff(List.copyOf(added), List.copyOf(changed), List.copyOf(delisted), List.copyOf(unchanged), active);
    }

    /** Records in the file. */
    public int total() {
        return added.size() + changed.size() + unchanged.size();
    }

    /** Delisted designations / the list's active designations before; 0 for a list with none. */
    public double delistedShare() {
        return activeBefore == 0 ? 0 : (double) delisted.size() / activeBefore;
    }

    /** The first {@code max} references of a kind, for a reader to check the diff. */
    public static List<String> sample(List<String> refs, int max) {
        return refs.size() <= max ? refs : refs.subList(0, max);
    }
}
