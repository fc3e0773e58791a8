package dossier.source.comparison;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a source whose body this one nearly copies (a syndicated or rewritten wire story), by the
 * Jaccard overlap of word 5-gram shingles.
 */
public final class NearCopyDetector {

    private static final int SHINGLE = 5;
    private final double threshold;

    public NearCopyDetector(double threshold) {
        this.threshold = threshold;
    }

    /** The id of the most similar body among others (id → body) above the threshold. */
    public Optional<String> nearCopyOf(String body, Map<String, String> others) {
        Set<String> mine = shingles(body);
        if (mine.isEmpty()) {
            return Optional.empty();
        }
        String best = null;
        double bestScore = threshold;
        for (var e : others.entrySet()) {
            double score = jaccard(mine, shingles(e.getValue()));
            if (score >= bestScore) {
                bestScore = score;
                best = e.getKey();
            }
        }
        return Optional.ofNullable(best);
    }

    static Set<String> shingles(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.length; i++) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + SHINGLE)));
        }
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (b.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String s : a) {
            if (b.contains(s)) {
                common++;
            }
        }
        return common / (double) (a.size() + b.size() - common);
    }
}
