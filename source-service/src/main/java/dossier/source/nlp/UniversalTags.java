package dossier.source.nlp;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps CoreNLP's Penn Treebank tags to Universal POS tags, refined by word where UD decides by
 * function (auxiliaries, subordinators, relative pronouns, negation), from {@code nlp/universal-tags.txt}.
 */
final class UniversalTags {

    private final Map<String, String> byTag = new HashMap<>();
    private final Set<String> aux = new HashSet<>();
    private final Set<String> auxBeforeVerb = new HashSet<>();
    private final Set<String> sconj = new HashSet<>();
    private final Set<String> pron = new HashSet<>();
    private final Set<String> part = new HashSet<>();

    static UniversalTags standard() {
        UniversalTags t = new UniversalTags();
        for (String[] f : ResourceLines.read("nlp/universal-tags.txt")) {
            if (f.length < 2) {
                continue;
            }
            List<String> words = List.of(f).subList(1, f.length);
            switch (f[0]) {
                case "aux" -> t.aux.addAll(words);
                case "aux-before-verb" -> t.auxBeforeVerb.addAll(words);
                case "sconj" -> t.sconj.addAll(words);
                case "pron" -> t.pron.addAll(words);
                case "part" -> t.part.addAll(words);
                default -> t.byTag.put(f[0], f[1]);
            }
        }
        return t;
    }

    /** Universal tags of a sentence's tokens, given their PTB tags, lower-case words and lemmas. */
    String[] map(String[] ptb, String[] lower, String[] lemmas) {
        String[] out = new String[ptb.length];
        for (int i = 0; i < ptb.length; i++) {
            String u = byTag.getOrDefault(ptb[i], "X");
            if (u.equals("VERB") && (aux.contains(lemmas[i]) || auxBeforeVerb.contains(lemmas[i]) && verbFollows(ptb, i))) {
                u = "AUX";
            } else if (ptb[i].equals("IN") && sconj.contains(lower[i])) {
                u = "SCONJ";
            } else if (ptb[i].equals("WDT") && pron.contains(lower[i])) {
                u = "PRON";
            } else if (ptb[i].startsWith("RB") && part.contains(lower[i])) {
                u = "PART";
            }
            out[i] = u;
        }
        return out;
    }

    /** "had not sold": a verb within a few tokens, past adverbs and negation. */
    private static boolean verbFollows(String[] ptb, int i) {
        for (int k = i + 1; k < ptb.length && k <= i + 4; k++) {
            if (ptb[k].startsWith("VB")) {
                return true;
            }
            if (!ptb[k].startsWith("RB") && !ptb[k].equals("PRP")) {
                return false;
            }
        }
        return false;
    }
}
