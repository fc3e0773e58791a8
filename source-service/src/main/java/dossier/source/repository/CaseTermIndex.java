package dossier.source.repository;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import dossier.source.cache.LruMap;

/**
 * The search postings of each case (term -> sources with their counts), held in memory and brought
 * in step with MongoDB before every search: the case's current source ids come from MongoDB
 * ({@link CaseMembers}), the term counts of ids not yet held are read by _id from the sources
 * themselves, and ids that left the case are dropped. MongoDB stays the only record, so every
 * replica answers the same, and a source written by another replica is found by the next search.
 *
 * EMBEDDED-MONGO: the embedded server has no $text and cannot use a multikey index (it scans and
 * decodes every source per query); keeping the postings here means a search reads only the case's
 * id list and the term counts of sources it has not seen yet, all by _id.
 */
final class CaseTermIndex {

    /** Reads the stored term counts of these ids; an id without a source document is left out. */
    interface TermCounts extends Function<Collection<String>, Map<String, Map<String, Integer>>> {
    }

    /** Cases held at once: the least recently searched one beyond this is dropped and rebuilt when next searched. */
    static final int MAX_CASES = 256;

    private final TermCounts loader;
    private final Map<String, CaseTerms> cases = LruMap.of(MAX_CASES);

    CaseTermIndex(TermCounts loader) {
        this.loader = loader;
    }

    /** The sources among currentIds of one case that contain every word (each word: alternative forms). */
    List<SourceRepository.TermHit> search(String caseId, List<String> currentIds, List<Set<String>> words) {
        CaseTerms terms = cases.computeIfAbsent(caseId, k -> new CaseTerms());
        synchronized (terms) {
            terms.sync(currentIds, loader);
            return terms.search(words);
        }
    }

    /** A growable list of (slot, count) pairs. */
    private static final class Postings {
        int[] pairs = new int[4];
        int size;

        void add(int slot, int count) {
            if (size + 2 > pairs.length) {
                pairs = Arrays.copyOf(pairs, pairs.length * 2);
            }
            pairs[size++] = slot;
            pairs[size++] = count;
        }
    }

    /** One case: a slot per source ever seen, postings per term, and which slots are in the case now. */
    private static final class CaseTerms {
        private final Map<String, Integer> slots = new HashMap<>();
        private final List<String> ids = new ArrayList<>();
        private final List<Integer> lengths = new ArrayList<>();
        private final Map<String, Postings> postings = new HashMap<>();
        private final BitSet live = new BitSet();

        void sync(List<String> currentIds, TermCounts loader) {
            Set<String> current = new HashSet<>(currentIds);
            for (Map.Entry<String, Integer> e : slots.entrySet()) {
                live.set(e.getValue(), current.contains(e.getKey()));
            }
            List<String> unseen = currentIds.stream().filter(id -> !slots.containsKey(id)).toList();
            if (unseen.isEmpty()) {
                return;
            }
            // ids whose source is not (yet) stored are asked for again on the next search
            loader.apply(unseen).forEach(this::add);
        }

        private void add(String id, Map<String, Integer> counts) {
            int slot = ids.size();
            ids.add(id);
            slots.put(id, slot);
            lengths.add(counts.values().stream().mapToInt(Integer::intValue).sum());
            counts.forEach((term, n) -> postings.computeIfAbsent(term, k -> new Postings()).add(slot, n));
            live.set(slot);
        }

        List<SourceRepository.TermHit> search(List<Set<String>> words) {
            BitSet candidates = (BitSet) live.clone();
            Map<Integer, Map<String, Integer>> counts = new HashMap<>();
            for (Set<String> forms : words) {
                BitSet withWord = new BitSet();
                for (String form : forms) {
                    Postings p = postings.get(form);
                    for (int i = 0; p != null && i < p.size; i += 2) {
                        int slot = p.pairs[i];
                        if (candidates.get(slot)) {
                            withWord.set(slot);
                            counts.computeIfAbsent(slot, k -> new HashMap<>()).put(form, p.pairs[i + 1]);
                        }
                    }
                }
                candidates.and(withWord);
            }
            List<SourceRepository.TermHit> out = new ArrayList<>();
            candidates.stream().forEach(slot -> out.add(new SourceRepository.TermHit(ids.get(slot), counts.get(slot), lengths.get(slot))));
            return out;
        }
    }
}
