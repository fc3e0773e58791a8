package dossier.source.comparison;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds a source whose body this one nearly copies (a syndicated or rewritten wire story), by the
 * Jaccard overlap of word 5-gram shingles. A body's shingles are kept as sorted 64-bit hashes
 * ({@link #fingerprint}), small enough to be remembered per source instead of recomputed per ingest.
 */
public final class NearCopyDetector {

    private static final int SHINGLE = 5;
    private final double threshold;

    public NearCopyDetector(double threshold) {
        this.threshold = threshold;
    }

    /** The id of the most similar body among others (id → body) above the threshold. */
    public Optional<String> nearCopyOf(String body, Map<String, String> others) {
        return nearCopyOfFingerprints(fingerprint(body), others.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> fingerprint(e.getValue()), (a, b) -> a, java.util.LinkedHashMap::new)));
    }

    /** The same over fingerprints already computed (id → fingerprint). */
    public Optional<String> nearCopyOfFingerprints(long[] mine, Map<String, long[]> others) {
        if (mine.length == 0) {
            return Optional.empty();
        }
        String best = null;
        double bestScore = threshold;
        for (var e : others.entrySet()) {
            double score = jaccard(mine, e.getValue(), bestScore);
            if (score >= bestScore) {
                bestScore = score;
                best = e.getKey();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The distinct hashes of the body's word 5-grams, sorted. */
    public static long[] fingerprint(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        long[] out = new long[Math.max(0, words.length - SHINGLE + 1)];
        for (int i = 0; i < out.length; i++) {
            long h = 1125899906842597L;
            for (int w = i; w < i + SHINGLE; w++) {
                for (int c = 0; c < words[w].length(); c++) {
                    h = 31 * h + words[w].charAt(c);
                }
                h = 31 * h + ' ';
            }
            out[i] = h;
        }
        return Arrays.stream(out).sorted().distinct().toArray();
    }

    /**
     * The Jaccard overlap of two sorted hash sets, or 0 once it can no longer reach {@code floor}:
     * a case's sources are mostly unrelated, and their merge stops after a part of their shingles.
     */
    static double jaccard(long[] a, long[] b, double floor) {
        if (b.length == 0) {
            return 0;
        }
        // c / (|a| + |b| - c) >= floor  <=>  c >= floor (|a| + |b|) / (1 + floor); a hair lower, so
        // that a pair exactly at the floor is still worked out (ties go to the later source)
        long need = (long) Math.ceil(floor * (a.length + b.length) / (1 + floor) - 1e-9);
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length;) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else {
                if (a[i] < b[j]) {
                    i++;
                } else {
                    j++;
                }
                // at most the shorter remainder can still be common
                if (common + Math.min(a.length - i, b.length - j) < need) {
                    return 0;
                }
            }
        }
        return common / (double) (a.length + b.length - common);
    }
}
