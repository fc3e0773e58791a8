package dossier.source.nlp;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * Whether a sentence can hold what CoreNLP's numeric classifiers read (SUTime dates, numbers,
 * ordinals, money, percentages): a word of {@code nlp/time-cues.txt}, a digit or a token tagged
 * CD. Sentences without one get named entities without those classifiers (the costliest part of
 * the parse, finding nothing there).
 */
final class TimeCues {

    private final Set<String> words;

    private TimeCues(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    static TimeCues standard() {
        Set<String> words = new HashSet<>();
        for (String[] fields : ResourceLines.read("nlp/time-cues.txt")) {
            for (String f : fields) {
                words.add(f.toLowerCase(Locale.ROOT));
            }
        }
        return new TimeCues(words);
    }

    boolean any(List<CoreLabel> tokens) {
        for (CoreLabel t : tokens) {
            if (cue(t)) {
                return true;
            }
        }
        return false;
    }

    private boolean cue(CoreLabel t) {
        if ("CD".equals(t.tag())) {
            return true;
        }
        String word = t.word().toLowerCase(Locale.ROOT);
        for (int i = 0; i < word.length(); i++) {
            if (Character.isDigit(word.charAt(i))) {
                return true;
            }
        }
        if (t.lemma() != null && words.contains(t.lemma().toLowerCase(Locale.ROOT))) {
            return true;
        }
        // "Jan.", "mid-May", "two-year", "years"
        for (String part : word.split("[-/]")) {
            String bare = part.endsWith(".") ? part.substring(0, part.length() - 1) : part;
            if (words.contains(bare) || bare.endsWith("s") && words.contains(bare.substring(0, bare.length() - 1))) {
                return true;
            }
        }
        return false;
    }
}
