package dossier.entity.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * In-memory inverted index of every subject's names: token and phonetic keys point to names,
 * so candidates are retrieved without scanning all entities. Also keeps an order-free exact key
 * per name for unambiguous look-ups. Safe for concurrent readers and one writer.
 */
public final class MatcherIndex {

    /** A name as indexed. */
    public record IndexedName(String subjectId, String value, NameKind kind, List<String> tokens) {
    }

    private final NameNormalizer normalizer;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, MatchSubject> subjects = new HashMap<>();
    private final Map<String, List<IndexedName>> namesBySubject = new HashMap<>();
    private final Map<String, Set<IndexedName>> postings = new HashMap<>();
    private final Map<String, Set<String>> exact = new HashMap<>();
    private int nameCount;

    public MatcherIndex(NameNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public NameNormalizer normalizer() {
        return normalizer;
    }

    public void putAll(Collection<MatchSubject> batch) {
        lock.writeLock().lock();
        try {
            for (MatchSubject s : batch) {
                removeUnlocked(s.id());
                addUnlocked(s);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void put(MatchSubject s) {
        putAll(List.of(s));
    }

    public void clear() {
        lock.writeLock().lock();
        try {
            subjects.clear();
            namesBySubject.clear();
            postings.clear();
            exact.clear();
            nameCount = 0;
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int size() {
        lock.readLock().lock();
        try {
            return subjects.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    public MatchSubject subject(String id) {
        lock.readLock().lock();
        try {
            return subjects.get(id);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Subjects having a name whose tokens equal these tokens in any order. */
    public Set<String> exactSubjects(List<String> tokens) {
        lock.readLock().lock();
        try {
            return Set.copyOf(exact.getOrDefault(exactKey(tokens), Set.of()));
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Names sharing a token or a phonetic key with the query tokens. Keys shared by a large part of
     * the index ("kim", "mohammed") are skipped when a rarer key is available, to stay fast.
     */
    public List<IndexedName> candidates(List<String> queryTokens) {
        lock.readLock().lock();
        try {
            List<Set<IndexedName>> lists = new ArrayList<>();
            for (String t : queryTokens) {
                addPosting(lists, "t:" + t);
                if (t.length() >= 3) {
                    for (String p : normalizer.phoneticKeys(t)) addPosting(lists, "p:" + p);
                    addPosting(lists, "f:" + t.substring(0, 3));
                }
            }
            int common = Math.max(2000, nameCount / 8);
            boolean anyRare = lists.stream().anyMatch(l -> l.size() <= common);
            Set<IndexedName> out = new LinkedHashSet<>();
            for (Set<IndexedName> l : lists) {
                if (!anyRare || l.size() <= common) out.addAll(l);
            }
            return new ArrayList<>(out);
        } finally {
            lock.readLock().unlock();
        }
    }

    public List<IndexedName> namesOf(String subjectId) {
        lock.readLock().lock();
        try {
            return namesBySubject.getOrDefault(subjectId, List.of());
        } finally {
            lock.readLock().unlock();
        }
    }

    private void addPosting(List<Set<IndexedName>> lists, String key) {
        Set<IndexedName> l = postings.get(key);
        if (l != null) lists.add(l);
    }

    private void addUnlocked(MatchSubject s) {
        subjects.put(s.id(), s);
        List<IndexedName> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SubjectName n : s.names()) {
            List<String> tokens = normalizer.tokens(n.value());
            if (tokens.isEmpty() || !seen.add(String.join(" ", tokens) + "|" + n.kind())) continue;
            IndexedName in = new IndexedName(s.id(), n.value(), n.kind(), List.copyOf(tokens));
            names.add(in);
            nameCount++;
            for (String key : keysOf(tokens)) {
                postings.computeIfAbsent(key, k -> new HashSet<>()).add(in);
            }
            exact.computeIfAbsent(exactKey(tokens), k -> new HashSet<>()).add(s.id());
        }
        namesBySubject.put(s.id(), names);
    }

    private void removeUnlocked(String id) {
        if (subjects.remove(id) == null) return;
        for (IndexedName in : namesBySubject.getOrDefault(id, List.of())) {
            nameCount--;
            for (String key : keysOf(in.tokens())) {
                Set<IndexedName> l = postings.get(key);
                if (l != null) {
                    l.remove(in);
                    if (l.isEmpty()) postings.remove(key);
                }
            }
            Set<String> e = exact.get(exactKey(in.tokens()));
            if (e != null) {
                e.remove(id);
                if (e.isEmpty()) exact.remove(exactKey(in.tokens()));
            }
        }
        namesBySubject.remove(id);
    }

    private Set<String> keysOf(List<String> tokens) {
        Set<String> keys = new HashSet<>();
        for (String t : tokens) {
            keys.add("t:" + t);
            if (t.length() >= 3) {
                for (String p : normalizer.phoneticKeys(t)) keys.add("p:" + p);
                keys.add("f:" + t.substring(0, 3));
            }
        }
        // compounds split differently on the two sides ("jongun" vs "jong un") are found by the joined pair
        for (int i = 0; i + 1 < tokens.size(); i++) keys.add("t:" + tokens.get(i) + tokens.get(i + 1));
        return keys;
    }

    static String exactKey(List<String> tokens) {
        List<String> sorted = new ArrayList<>(tokens);
        sorted.sort(null);
        return String.join(" ", sorted);
    }
}
