package dossier.source.nlp;

import java.util.List;

/** Runs of tokens the named-entity tagger gave one type ("$ 500,000", "early May 2019"). */
public final class EntityRuns {

    private EntityRuns() {
    }

    /**
     * The range [from, to) widened to the run of tokens of {@code head}'s entity type on both sides
     * (it always contains {@code head}); unchanged when {@code head} has no type.
     */
    public static int[] around(List<Token> tokens, int head, int from, int to) {
        String type = tokens.get(head).ner();
        if (type.isEmpty()) {
            return new int[] {from, to};
        }
        int a = Math.min(from, head);
        int b = Math.max(to, head + 1);
        while (a > 0 && tokens.get(a - 1).ner().equals(type)) {
            a--;
        }
        while (b < tokens.size() && tokens.get(b).ner().equals(type)) {
            b++;
        }
        return new int[] {a, b};
    }
}
