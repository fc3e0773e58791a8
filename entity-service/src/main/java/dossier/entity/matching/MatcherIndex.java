package dossier.entity.matching;

import com.carrotsearch.hppc.IntArrayList;

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
import java.util.function.IntPredicate;

/**
 * In-memory inverted index of every subject's names. Each name gets an int id; three key families
 * (the token itself, its Double Metaphone codes, its first three letters and its first four
 * letters in sorted order) point to sorted int
 * lists of name ids, and adjacent token pairs are also indexed joined ("jong un" under "jongun").
 * Each distinct token is one {@link NamePart}, its phonetic codes and romanisation keys computed
 * once, at index time.
 * {@link #candidates} ranks names with a cheap IDF-weighted key overlap ({@link CandidateRanking})
 * so that the full scorer only sees the best few. Safe for concurrent readers and one writer.
 */
public final class MatcherIndex {

    /**
     * A name as indexed, with what the matcher needs of it computed once: its parts (shared
     * between names, with their features), its Han/Hangul/kana key ({@link NativeScript#key}, null
     * for other scripts), for an organisation the kinds of its legal forms, and its subject's
     * datasets as bits ({@link #datasetBit}).
     */
    public record IndexedName(MatchSubject subject, String value, NameKind kind, List<NamePart> parts,
                              String nativeKey, Set<String> legalFormKinds, long datasets) {
        public String subjectId() {
            return subject.id();
        }

        public List<String> tokens() {
            return parts.stream().map(NamePart::text).toList();
        }
    }

    /** Names handed to the full scorer per query unless the caller asks for more. */
    public static final int DEFAULT_CANDIDATES = 50;

    static final int PREFIX_LENGTH = 3;

    private final NameNormalizer normalizer;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, MatchSubject> subjects = new HashMap<>();
    private final Map<String, int[]> nameIdsBySubject = new HashMap<>();
    private final Map<String, IntArrayList> byToken = new HashMap<>();
    private final Map<String, IntArrayList> byPhonetic = new HashMap<>();
    private final Map<String, IntArrayList> byPrefix = new HashMap<>();
    /**
     * One part per distinct token, its features computed once (a million names share a few hundred
     * thousand distinct parts; Double Metaphone and the romanisation keys are costly).
     */
    private final Map<String, NamePart> parts = new HashMap<>();
    private IndexedName[] names = new IndexedName[1024];
    /**
     * A bit per dataset, so that restricting a query to datasets costs one AND per candidate name
     * (the restriction is tested on every name a query key reaches); a bit, once given, stays. Datasets beyond the 63rd share
     * the last bit and are then checked by name.
     */
    private final Map<String, Long> datasetBit = new java.util.concurrent.ConcurrentHashMap<>();
    private static final long SHARED_BIT = 1L << 63;
    private int nextId;
    private int liveNames;
    /** Bumped by every change, so that a result computed at one generation can be reused until the next. */
    private volatile long generation;

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
            if (!batch.isEmpty()) generation++;
            // ids are never reused (posting lists stay sorted by appending): renumber once most are dead
            if (nextId > 1024 && liveNames < nextId / 2) compactUnlocked();
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
            clearUnlocked();
            generation++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Changes with every put or clear: results of the index are valid while it stays the same. */
    public long generation() {
        return generation;
    }

    public int size() {
        lock.readLock().lock();
        try {
            return subjects.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Indexed names (aliases included). */
    public int nameCount() {
        lock.readLock().lock();
        try {
            return liveNames;
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
        if (tokens.isEmpty()) return Set.of();
        List<String> wanted = sorted(tokens);
        lock.readLock().lock();
        try {
            // every such name is in the posting list of each of its tokens: scan the shortest
            IntArrayList shortest = null;
            for (String t : wanted) {
                IntArrayList l = byToken.get(t);
                if (l == null) return Set.of();
                if (shortest == null || l.size() < shortest.size()) shortest = l;
            }
            Set<String> out = new LinkedHashSet<>();
            for (int k = 0; k < shortest.size(); k++) {
                IndexedName n = names[shortest.get(k)];
                if (n.parts().size() == wanted.size() && sorted(n.tokens()).equals(wanted)) out.add(n.subjectId());
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The {@link #DEFAULT_CANDIDATES} most promising names for these query tokens, any subject. */
    public List<IndexedName> candidates(List<String> queryTokens) {
        return candidates(queryTokens, DEFAULT_CANDIDATES, Set.of());
    }

    /**
     * The {@code max} names that share the most (IDF-weighted) keys with the query tokens, best
     * first, among names of subjects in any of the datasets (empty: all). Very common keys ("kim",
     * "mohammed") only add weight to names a rarer key already found, unless no rarer key exists.
     */
    public List<IndexedName> candidates(List<String> queryTokens, int max, Set<String> datasets) {
        if (datasets.isEmpty()) return ranked(queryTokens, max, id -> true);
        long wanted = 0;
        for (String d : datasets) {
            Long bit = datasetBit.get(d); // a dataset first indexed after this line is as if indexed after the query
            if (bit != null) wanted |= bit;
        }
        long mask = wanted;
        return ranked(queryTokens, max, id -> {
            long hit = names[id].datasets() & mask;
            return (hit & ~SHARED_BIT) != 0 || hit != 0 && names[id].subject().datasets().stream().anyMatch(datasets::contains);
        });
    }

    private List<IndexedName> ranked(List<String> queryTokens, int max, IntPredicate accept) {
        lock.readLock().lock();
        try {
            CandidateRanking ranking = new CandidateRanking(queryTokens, parts::get, Math.max(liveNames, 1), max);
            for (int i = 0; i < ranking.tokenCount(); i++) {
                String t = ranking.token(i);
                ranking.add(byToken.get(t), i, -1, CandidateRanking.EXACT);
                if (i + 1 < ranking.tokenCount()) {
                    ranking.add(byToken.get(t + ranking.token(i + 1)), i, i + 1, CandidateRanking.EXACT);
                    // syllables written apart in one system, together in the other ("Chin-ping" / "Jinping")
                    String mandarin = ChineseRomanisation.key(t + ranking.token(i + 1));
                    if (mandarin != null) ranking.add(byPhonetic.get("zh:" + mandarin), i, i + 1, CandidateRanking.PHONETIC);
                }
                if (t.length() < PREFIX_LENGTH) {
                    String mandarin = ChineseRomanisation.key(t);
                    if (mandarin != null) ranking.add(byPhonetic.get("zh:" + mandarin), i, -1, CandidateRanking.PHONETIC);
                }
                if (i + 2 < ranking.tokenCount()) {
                    ranking.add(byToken.get(t + ranking.token(i + 1) + ranking.token(i + 2)), i, i + 2, CandidateRanking.EXACT);
                }
                if (t.length() >= PREFIX_LENGTH) {
                    NamePart known = parts.get(t);
                    for (String p : soundKeys(known != null ? known : new NamePart(t))) {
                        ranking.add(byPhonetic.get(p), i, -1, CandidateRanking.PHONETIC);
                    }
                    ranking.add(byPrefix.get(t.substring(0, PREFIX_LENGTH)), i, -1, CandidateRanking.PREFIX);
                    if (t.length() > PREFIX_LENGTH) {
                        ranking.add(byPrefix.get(anagramKey(t)), i, -1, CandidateRanking.PREFIX);
                        ranking.add(byPrefix.get(shiftedPrefix(t)), i, -1, CandidateRanking.PREFIX);
                    }
                }
            }
            List<IndexedName> out = new ArrayList<>();
            for (int id : ranking.best(accept, id -> names[id].parts())) {
                out.add(names[id]);
            }
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    public List<IndexedName> namesOf(String subjectId) {
        lock.readLock().lock();
        try {
            int[] ids = nameIdsBySubject.get(subjectId);
            if (ids == null) return List.of();
            List<IndexedName> out = new ArrayList<>(ids.length);
            for (int id : ids) out.add(names[id]);
            return out;
        } finally {
            lock.readLock().unlock();
        }
    }

    private void addUnlocked(MatchSubject s) {
        subjects.put(s.id(), s);
        IntArrayList ids = new IntArrayList(s.names().size());
        Set<String> seen = new HashSet<>();
        boolean organisation = !EntityMatcher.isPersonLike(s.schema());
        long bits = 0;
        for (String d : s.datasets()) {
            bits |= datasetBit.computeIfAbsent(d, k -> datasetBit.size() < 63 ? 1L << datasetBit.size() : SHARED_BIT);
        }
        for (SubjectName n : s.names()) {
            NameNormalizer.Normalised normalised = normalizer.normalise(n.value());
            List<String> tokens = normalised.tokens();
            if (tokens.isEmpty() || !seen.add(String.join(" ", tokens) + "|" + n.kind())) continue;
            List<NamePart> nameParts = tokens.stream().map(this::part).toList();
            // only organisations are compared by legal form (see EntityMatcher)
            Set<String> forms = organisation ? Set.copyOf(normalised.legalFormKinds()) : Set.of();
            int id = nextId++;
            ensureCapacity(id + 1);
            names[id] = new IndexedName(s, n.value(), n.kind(), nameParts, NativeScript.key(n.value()), forms, bits);
            liveNames++;
            ids.add(id);
            forEachKey(nameParts, (map, key) -> map.computeIfAbsent(key, k -> new IntArrayList(2)).add(id));
        }
        nameIdsBySubject.put(s.id(), ids.toArray());
    }

    private void removeUnlocked(String subjectId) {
        if (subjects.remove(subjectId) == null) return;
        for (int id : nameIdsBySubject.remove(subjectId)) {
            forEachKey(names[id].parts(), (map, key) -> {
                IntArrayList l = map.get(key);
                if (l == null) return;
                int at = java.util.Arrays.binarySearch(l.buffer, 0, l.size(), id);
                if (at >= 0) l.removeAt(at);
                if (l.isEmpty()) map.remove(key);
            });
            names[id] = null;
            liveNames--;
        }
    }

    private void compactUnlocked() {
        List<MatchSubject> live = new ArrayList<>(subjects.values());
        clearUnlocked();
        for (MatchSubject s : live) addUnlocked(s);
    }

    private void clearUnlocked() {
        subjects.clear();
        nameIdsBySubject.clear();
        byToken.clear();
        byPhonetic.clear();
        byPrefix.clear();
        parts.clear();
        names = new IndexedName[1024];
        nextId = 0;
        liveNames = 0;
    }

    private void ensureCapacity(int n) {
        if (n <= names.length) return;
        int size = Math.max(n, names.length + (names.length >> 1));
        names = java.util.Arrays.copyOf(names, size);
    }

    /** Calls {@code use} with each (key family, key) of a name, each once. */
    private void forEachKey(List<NamePart> nameParts, java.util.function.BiConsumer<Map<String, IntArrayList>, String> use) {
        List<String> tokens = nameParts.stream().map(NamePart::text).toList();
        // keys are kept once, as map keys: equal keys of later names are not kept
        Set<String> tokenKeys = new HashSet<>(tokens);
        // compounds split differently on the two sides ("jongun" vs "jong un") are found by the joined pair
        for (int i = 0; i + 1 < tokens.size(); i++) tokenKeys.add(tokens.get(i) + tokens.get(i + 1));
        // and by the joined triple: initials written apart ("L.X.C" for "LXC"), "van der bilt" for "Vanderbilt"
        for (int i = 0; i + 2 < tokens.size(); i++) {
            tokenKeys.add(tokens.get(i) + tokens.get(i + 1) + tokens.get(i + 2));
        }
        // an organisation written as its initials ("PLA") is found by the acronym of its name
        if (tokens.size() >= 3 && tokens.size() <= 6) tokenKeys.add(initials(tokens));
        Set<String> phonetic = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (NamePart part : nameParts) {
            String t = part.text();
            if (t.length() < PREFIX_LENGTH) {
                String mandarin = part.mandarin(); // "xi", "li": short, yet a whole syllable
                if (mandarin != null) phonetic.add("zh:" + mandarin);
                continue;
            }
            phonetic.addAll(soundKeys(part));
            prefixes.add(t.substring(0, PREFIX_LENGTH));
            if (t.length() > PREFIX_LENGTH) {
                prefixes.add(anagramKey(t));
                prefixes.add(shiftedPrefix(t));
            }
        }
        tokenKeys.forEach(k -> use.accept(byToken, k));
        phonetic.forEach(k -> use.accept(byPhonetic, k));
        prefixes.forEach(k -> use.accept(byPrefix, k));
    }

    /**
     * The first four letters sorted, marked by a leading '#': a letter swapped or moved inside the
     * start of a name part ("Srtoygaz", "Emtal") keeps this key where it loses the plain prefix.
     */
    static String anagramKey(String token) {
        char[] c = token.substring(0, PREFIX_LENGTH + 1).toCharArray();
        java.util.Arrays.sort(c);
        return "#" + new String(c);
    }

    /**
     * The prefix after the first letter: with the plain prefix of the other side it finds a first
     * letter added, dropped or changed ("Invidia" / "NVIDIA"), which every other key misses.
     */
    static String shiftedPrefix(String token) {
        return token.substring(1, PREFIX_LENGTH + 1);
    }

    /** Double Metaphone codes, and the Mandarin syllables whatever their romanisation ("hsi" / "xi"). */
    private static List<String> soundKeys(NamePart part) {
        String mandarin = part.mandarin();
        if (mandarin == null) return part.phonetic();
        List<String> keys = new ArrayList<>(part.phonetic());
        keys.add("zh:" + mandarin);
        return keys;
    }

    private static String initials(List<String> tokens) {
        StringBuilder sb = new StringBuilder(tokens.size());
        for (String t : tokens) sb.append(t.charAt(0));
        return sb.toString();
    }

    /** The index's one part for this token, its features computed. */
    private NamePart part(String token) {
        return parts.computeIfAbsent(token, t -> new NamePart(t).computeAll());
    }

    private static List<String> sorted(List<String> tokens) {
        List<String> copy = new ArrayList<>(tokens);
        copy.sort(null);
        return copy;
    }
}
