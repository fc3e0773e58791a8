package dossier.entity.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Entities an analyst judged to be the same, as groups: the current "same" judgements are edges,
 * and each connected group is one party (so A = B and B = C put A and C together; a "not the same"
 * judgement removes only its own pair's edge). Immutable; the representative of a group is its
 * smallest id, so every caller sees the same one.
 */
public final class SameAsGraph {

    public static final SameAsGraph EMPTY = new SameAsGraph(List.of());

    private final Map<String, TreeSet<String>> groupOf = new HashMap<>();

    /** @param samePairs the pairs whose current judgement is "same" */
    public SameAsGraph(Collection<List<String>> samePairs) {
        for (List<String> p : samePairs) {
            TreeSet<String> a = groupOf.computeIfAbsent(p.get(0), k -> new TreeSet<>(List.of(k)));
            TreeSet<String> b = groupOf.computeIfAbsent(p.get(1), k -> new TreeSet<>(List.of(k)));
            if (a == b) continue;
            TreeSet<String> into = a.size() >= b.size() ? a : b, from = into == a ? b : a;
            into.addAll(from);
            for (String id : from) groupOf.put(id, into);
        }
    }

    /** The group's representative: the id itself when it is in no group. */
    public String representative(String id) {
        TreeSet<String> g = groupOf.get(id);
        return g == null ? id : g.first();
    }

    /** The other entities judged the same as this one, sorted. */
    public List<String> others(String id) {
        TreeSet<String> g = groupOf.get(id);
        if (g == null) return List.of();
        List<String> out = new ArrayList<>(g);
        out.remove(id);
        return out;
    }

    public boolean isEmpty() {
        return groupOf.isEmpty();
    }

    /** The same groups, however the judgements were ordered. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SameAsGraph g && groupOf.equals(g.groupOf);
    }

    @Override
    public int hashCode() {
        return groupOf.hashCode();
    }
}
