package dossier.source.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.Morphology;

/**
 * Mends the part-of-speech tagger's known errors before a sentence is parsed, from
 * {@code nlp/tag-corrections.txt}: a word with one tag between neighbours with the given tags gets
 * another tag (and the lemma of that reading). A wrong tag on the verb of a law ("resolution 1718
 * bars all states ...") turns the whole parse, and with it a prohibition into a transfer.
 */
public final class TagCorrections {

    private static final String RESOURCE = "nlp/tag-corrections.txt";
    private static final TagCorrections STANDARD = load(RESOURCE);

    record Rule(Set<String> words, String from, String to, Pattern previous, Pattern next) {
    }

    private final List<Rule> rules;

    TagCorrections(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static TagCorrections standard() {
        return STANDARD;
    }

    /** Re-tags the tokens of one sentence in place; returns how many were changed. */
    public int apply(List<CoreLabel> tokens) {
        int changed = 0;
        for (int i = 1; i + 1 < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            for (Rule r : rules) {
                if (r.from().equals(t.tag()) && r.words().contains(t.word().toLowerCase(Locale.ROOT))
                        && r.previous().matcher(tokens.get(i - 1).tag()).matches()
                        && r.next().matcher(tokens.get(i + 1).tag()).matches()) {
                    t.setTag(r.to());
                    t.setLemma(Morphology.lemmaStatic(t.word(), r.to()));
                    changed++;
                    break;
                }
            }
        }
        return changed;
    }

    static TagCorrections load(String resource) {
        List<Rule> rules = new ArrayList<>();
        for (String[] f : ResourceLines.read(resource)) {
            if (f.length != 5) {
                throw new IllegalStateException(resource + ": expected 5 fields in '" + String.join(" ", f) + "'");
            }
            rules.add(new Rule(Set.of(f[0].split(",")), f[1], f[2], Pattern.compile(f[3]), Pattern.compile(f[4])));
        }
        return new TagCorrections(rules);
    }
}
