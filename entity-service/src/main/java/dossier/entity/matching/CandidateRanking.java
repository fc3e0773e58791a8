package dossier.entity.matching;

import com.carrotsearch.hppc.IntArrayList;
import com.carrotsearch.hppc.IntIntHashMap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.IntFunction;

/**
 * One query's cheap pre-score of indexed names, before the full scorer: each query token gives a
 * name credit for its best key hit (same token 1.0, same sound 0.7, same first letters 0.4), and
 * the credits are weighted by the token's rarity (squared IDF), so "Kim Jong Un" ranks names with
 * all three parts above the thousands of other KIMs. Posting lists bring in names rarest first, up
 * to a budget of names; the longer lists ("kim", "company") then only add credit to names already
 * in (binary search in the sorted list): a query costs about what its rare keys cost, not what the
 * index size or its common keys would. Not thread-safe: one per query.
 */
final class CandidateRanking {

    static final float EXACT = 1.0f;
    static final float PHONETIC = 0.7f;
    static final float PREFIX = 0.4f;
    /** Further tokens of a very long query add little to retrieval and are left to the scorer. */
    private static final int MAX_TOKENS = 16;
    /** How much each name part the query does not have costs, relative to an average token's weight. */
    private static final double LENGTH_PENALTY = 0.05;
    /** Names brought in by the rarest keys, per name finally wanted: bounds the work of a query. */
    private static final int INTRODUCE_FACTOR = 32;
    /** Names kept by key credit for the spelling re-rank, per name finally wanted. */
    private static final int POOL_FACTOR = 8;
    /** The highest spelling overlap of two different tokens. */
    private static final double SPELLING_MAX = 0.9;
    /** Tokens shorter than this are compared only for equality in the re-rank. */
    private static final int PREFIX_MIN = 3;

    private record Posting(IntArrayList ids, int token, int token2, float weight) {
    }

    private final String[] tokens;
    /**
     * The index's own parts for the query tokens: a name's part is a query token exactly when it is
     * one of these objects (the index keeps one part per distinct token), a reference comparison
     * that reads nothing of the part; comparing texts cost a cache miss or two per part.
     */
    private final NamePart[] queryParts;
    private final int nameCount;
    private final int max;
    private final List<Posting> postings = new ArrayList<>();

    private final IntIntHashMap slotOf;
    private final IntArrayList slotIds;
    private float[] credit = new float[64];
    /** (id, slot) of the names brought in, by id, once no more are brought in. */
    private long[] found;

    CandidateRanking(List<String> queryTokens, java.util.function.Function<String, NamePart> indexedPart, int nameCount, int max) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(queryTokens));
        this.tokens = distinct.subList(0, Math.min(MAX_TOKENS, distinct.size())).toArray(String[]::new);
        this.queryParts = java.util.Arrays.stream(tokens).map(indexedPart).filter(java.util.Objects::nonNull).toArray(NamePart[]::new);
        this.nameCount = nameCount;
        this.max = Math.max(1, max);
        this.slotOf = new IntIntHashMap(this.max * INTRODUCE_FACTOR);
        this.slotIds = new IntArrayList(this.max * INTRODUCE_FACTOR);
    }

    private boolean isQueryPart(NamePart part) {
        for (NamePart q : queryParts) if (q == part) return true;
        return false;
    }

    int tokenCount() {
        return tokens.length;
    }

    String token(int i) {
        return tokens[i];
    }

    /** A key hit: the names of {@code ids} get {@code weight} for query token {@code token} (and {@code token2}, for a joined pair, if >= 0). */
    void add(IntArrayList ids, int token, int token2, float weight) {
        if (ids != null && !ids.isEmpty()) postings.add(new Posting(ids, token, token2, weight));
    }

    /**
     * The ids of the best {@code max} names, best first, among those {@code accept} lets through;
     * {@code tokensOf} gives a name's tokens (for the re-ranking of the best few times {@code max} by spelling).
     */
    int[] best(IntPredicate accept, IntFunction<List<NamePart>> tokensOf) {
        // rarest keys first; once enough names are in, the longer lists only add credit to them
        postings.sort(Comparator.comparingInt(p -> p.ids.size()));
        int budget = max * INTRODUCE_FACTOR;
        for (Posting p : postings) {
            if (slotIds.isEmpty() || slotIds.size() + p.ids.size() <= budget) introduce(p);
            else creditFound(p);
        }
        return top(accept, tokensOf);
    }

    private void introduce(Posting p) {
        int[] ids = p.ids.buffer;
        for (int k = 0, n = p.ids.size(); k < n; k++) {
            int id = ids[k];
            int slot = slotOf.getOrDefault(id, -1);
            if (slot < 0) {
                slot = slotIds.size();
                slotIds.add(id);
                slotOf.put(id, slot);
                int need = (slot + 1) * tokens.length;
                if (need > credit.length) credit = Arrays.copyOf(credit, Math.max(need, credit.length * 2));
            }
            give(slot, p);
        }
    }

    private void creditFound(Posting p) {
        if (found == null) {
            // the names are all in: sort them by id once, as the lists are
            found = new long[slotIds.size()];
            for (int slot = 0; slot < found.length; slot++) found[slot] = ((long) slotIds.get(slot) << 32) | slot;
            Arrays.sort(found);
        }
        // walk both in id order, skipping ahead in the list: about (names in) x log(list / names in)
        int[] ids = p.ids.buffer;
        int n = p.ids.size(), at = 0;
        for (long f : found) {
            int id = (int) (f >>> 32);
            at = gallop(ids, at, n, id);
            if (at == n) return;
            if (ids[at] == id) give((int) f, p);
        }
    }

    /** The first index in [from, n) of sorted {@code ids} holding at least {@code id} (n if none). */
    static int gallop(int[] ids, int from, int n, int id) {
        if (from >= n || ids[from] >= id) return from;
        // ids[lo] < id; double the step until past it, then search the last step
        int lo = from, step = 1, hi = from + 1;
        while (hi < n && ids[hi] < id) {
            lo = hi;
            step <<= 1;
            hi = lo + step;
        }
        int at = Arrays.binarySearch(ids, lo + 1, Math.min(hi, n), id);
        return at >= 0 ? at : -at - 1;
    }

    private void give(int slot, Posting p) {
        int at = slot * tokens.length;
        credit[at + p.token] = combine(credit[at + p.token], p.weight);
        if (p.token2 >= 0) credit[at + p.token2] = combine(credit[at + p.token2], p.weight);
    }

    /** The best hit counts, a second kind of hit (same sound and same start) a little more. */
    private static float combine(float had, float hit) {
        return Math.min(EXACT, Math.max(had, hit) + 0.25f * Math.min(had, hit));
    }

    private int[] top(IntPredicate accept, IntFunction<List<NamePart>> tokensOf) {
        int q = tokens.length;
        double[] idf = idf();
        double meanIdf = Arrays.stream(idf).average().orElse(1);
        // first cut by key credit alone, to a pool a few times the size wanted ...
        int pool = max * POOL_FACTOR;
        long[] heap = new long[pool];
        int size = 0;
        for (int slot = 0; slot < slotIds.size(); slot++) {
            int id = slotIds.get(slot);
            if (!accept.test(id)) continue;
            double s = 0;
            for (int i = 0; i < q; i++) s += idf[i] * credit[slot * q + i];
            size = offer(heap, size, pack(s, slot));
        }
        // ... then re-rank the pool by how much of each query token the name's parts spell out.
        // The spelling overlap of two different tokens is at most SPELLING_MAX, and none for a short
        // token (only the same token, which has its key credit 1.0 already): that is the most spelling
        // can reach; names are spelled out best bound first, and once the best n cannot be beaten, no more
        float[] reach = new float[q];
        for (int i = 0; i < q; i++) reach[i] = tokens[i].length() < PREFIX_MIN ? 0 : (float) SPELLING_MAX;
        List<List<NamePart>> nameTokens = new ArrayList<>(size);
        double[] penalty = new double[size];
        long[] bound = new long[size];
        for (int k = 0; k < size; k++) {
            int slot = (int) heap[k];
            List<NamePart> parts = tokensOf.apply(slotIds.get(slot));
            nameTokens.add(parts);
            // parts the query lacks make a name less likely; parts the name lacks already got no credit
            int extra = 0;
            for (int m = 0, np = parts.size(); m < np; m++) if (!isQueryPart(parts.get(m))) extra++;
            penalty[k] = LENGTH_PENALTY * meanIdf * extra;
            double s = 0;
            for (int i = 0; i < q; i++) {
                float c = credit[slot * q + i];
                s += idf[i] * Math.max(c, reach[i]);
            }
            bound[k] = (pack(s - penalty[k], 0) & SCORE_BITS) | k;
        }
        Arrays.sort(bound);
        int n = Math.min(max, size);
        long[] best = new long[n];
        int found = 0;
        for (int b = size - 1; b >= 0; b--) {
            if (found == n && (bound[b] & SCORE_BITS) < (best[0] & SCORE_BITS)) break;
            int k = (int) bound[b];
            int slot = (int) heap[k];
            double s = 0;
            for (int i = 0; i < q; i++) {
                float c = credit[slot * q + i];
                s += idf[i] * (c >= reach[i] ? c : Math.max(c, spelling(tokens[i], nameTokens.get(k))));
            }
            found = offer(best, found, pack(s - penalty[k], slot));
        }
        Arrays.sort(best, 0, found);
        int[] out = new int[found];
        for (int k = 0; k < found; k++) out[k] = slotIds.get((int) best[found - 1 - k]);
        return out;
    }

    private static final long SCORE_BITS = 0xffffffff00000000L;

    /** (score, slot) in a long that sorts by score: positive float bits order like the floats. */
    private static long pack(double score, int slot) {
        return ((long) Float.floatToIntBits((float) Math.max(score, 0) + 1f) << 32) | slot;
    }

    /**
     * A cheap spelling overlap of a query token with the best of a name's tokens: the shared start
     * plus the shared end over the longer length. One wrong, missing or swapped letter anywhere
     * keeps most of both ends, so a typo ranks close to the right spelling.
     */
    static double spelling(String token, List<NamePart> nameTokens) {
        double best = 0;
        for (int k = 0, n = nameTokens.size(); k < n; k++) {
            String t = nameTokens.get(k).text();
            if (t.equals(token)) return 1.0;
            int min = Math.min(t.length(), token.length()), max = Math.max(t.length(), token.length());
            if (min < PREFIX_MIN) continue;
            int start = common(t, token, 0, min);
            // one swapped pair of neighbours ("maar"/"mara") costs its two letters, not the rest of the start
            if (start + 2 <= min && t.charAt(start) == token.charAt(start + 1) && t.charAt(start + 1) == token.charAt(start)) {
                start = common(t, token, start + 2, min);
            }
            int end = 0;
            while (end < min - start && t.charAt(t.length() - 1 - end) == token.charAt(token.length() - 1 - end)) end++;
            best = Math.max(best, SPELLING_MAX * (start + end) / max);
        }
        return best;
    }

    /** The end of the run of equal letters of a and b from {@code from}. */
    private static int common(String a, String b, int from, int min) {
        int i = from;
        while (i < min && a.charAt(i) == b.charAt(i)) i++;
        return i;
    }

    /** ln(1 + N / df)^2 of each query token; df from its own list, or, for an unknown spelling, its closest key family. */
    private double[] idf() {
        int[] df = new int[tokens.length];
        float[] best = new float[tokens.length];
        for (Posting p : postings) {
            if (p.token2 >= 0) continue;
            if (p.weight > best[p.token] || (p.weight == best[p.token] && p.ids.size() < df[p.token])) {
                best[p.token] = p.weight;
                df[p.token] = p.ids.size();
            }
        }
        double[] idf = new double[tokens.length];
        for (int i = 0; i < idf.length; i++) {
            // StrictMath: the same value interpreted or compiled (Math.log may differ by an ulp), so a
            // near-tie at the candidate cut always falls the same way
            double v = StrictMath.log(1 + (double) nameCount / Math.max(1, df[i] == 0 ? nameCount : df[i]));
            // squared: one rare part shared outweighs several common ones ("company", "stock", "public")
            idf[i] = v * v;
        }
        return idf;
    }

    /** Keeps the largest {@code heap.length} values offered in the min-heap; its new size. */
    private static int offer(long[] heap, int size, long value) {
        if (size < heap.length) {
            heap[size] = value;
            siftUp(heap, size);
            return size + 1;
        }
        if (value > heap[0]) {
            heap[0] = value;
            siftDown(heap, size);
        }
        return size;
    }

    private static void siftUp(long[] h, int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (h[parent] <= h[i]) return;
            long t = h[parent];
            h[parent] = h[i];
            h[i] = t;
            i = parent;
        }
    }

    private static void siftDown(long[] h, int size) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < size && h[l] < h[m]) m = l;
            if (r < size && h[r] < h[m]) m = r;
            if (m == i) return;
            long t = h[m];
            h[m] = h[i];
            h[i] = t;
            i = m;
        }
    }
}
