package dossier.sanctions.mapping;

import dossier.sanctions.v1.Evidence;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The evidence a reasoning step lists: at most {@link #MAX}, the first of each source before a
 * second of any, in their original order. A case of hundreds of sources would otherwise quote
 * every one of them in every step of every verdict: megabytes per evaluation, stored and sent.
 */
record EvidenceSelection(List<Evidence> kept, int omitted) {

    static final int MAX = 12;

    static EvidenceSelection of(List<Evidence> evidence) {
        if (evidence.size() <= MAX) return new EvidenceSelection(evidence, 0);
        boolean[] keep = new boolean[evidence.size()];
        int kept = 0;
        Set<String> sources = new HashSet<>();
        // one per source first, so that the listed quotes show how many outlets say it ...
        for (int i = 0; i < evidence.size() && kept < MAX; i++) {
            if (sources.add(evidence.get(i).getSourceId())) {
                keep[i] = true;
                kept++;
            }
        }
        // ... then further claims of the same sources, in order
        for (int i = 0; i < evidence.size() && kept < MAX; i++) {
            if (!keep[i]) {
                keep[i] = true;
                kept++;
            }
        }
        List<Evidence> out = new ArrayList<>(MAX);
        for (int i = 0; i < evidence.size(); i++) {
            if (keep[i]) out.add(evidence.get(i));
        }
        return new EvidenceSelection(List.copyOf(out), evidence.size() - out.size());
    }
}
