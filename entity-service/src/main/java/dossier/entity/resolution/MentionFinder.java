package dossier.entity.resolution;

import dossier.entity.matching.NameNormalizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds candidate mentions in raw text when the caller gives none: runs of capitalised words
 * (with name connectors such as "of", "bin"), country terms followed by a role noun as
 * descriptors ("the Iranian foreign minister"), split off a leading descriptor ("French President
 * Jean Dupont" gives "French President" and "Jean Dupont").
 */
public final class MentionFinder {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’\\-.][\\p{L}\\p{M}\\p{N}]+)*");
    private static final Set<String> CONNECTORS = Set.of("of", "bin", "ibn", "bint", "al", "el", "de", "la", "van",
            "von", "der", "den", "da", "du", "del", "di");
    // capitalised only because they open a sentence or a heading
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "in", "on", "at", "by", "for", "but",
            "and", "or", "however", "last", "this", "that", "these", "those", "it", "its", "as", "with", "from",
            "despite", "both", "only", "today", "yesterday", "according", "after", "before", "while", "when", "if",
            "although", "we", "he", "she", "they", "his", "her", "their", "there", "what", "who", "why", "how",
            "is", "was", "will", "to", "of", "meanwhile", "also", "so", "yet", "such", "some", "many", "more",
            "not", "no", "our", "my", "your", "said", "says", "since", "during", "under", "over", "all", "one", "two",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "st", "jr", "sr", "col", "lt", "capt", "sen", "rep", "gov");

    private final ReferenceLexicon lexicon;
    private final NameNormalizer normalizer;

    public MentionFinder(ReferenceLexicon lexicon) {
        this.lexicon = lexicon;
        this.normalizer = lexicon.normalizer();
    }

    private record Tok(int start, int end, String text) {
        boolean capitalised() {
            return Character.isUpperCase(text.codePointAt(0));
        }

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    public List<MentionCandidate> find(String text) {
        List<Tok> toks = tokens(text);
        List<MentionCandidate> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            if (!toks.get(i).capitalised() || FUNCTION_WORDS.contains(toks.get(i).lower())) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < toks.size() && joined(text, toks.get(j - 1), toks.get(j))
                    && !FUNCTION_WORDS.contains(toks.get(j).lower())
                    && (toks.get(j).capitalised() || (CONNECTORS.contains(toks.get(j).lower())
                    && j + 1 < toks.size() && toks.get(j + 1).capitalised() && joined(text, toks.get(j), toks.get(j + 1))))) {
                if (possessive(toks.get(j - 1))) break;
                j++;
            }
            emitRun(text, toks, i, j, out);
            i = j;
        }
        return out;
    }

    private void emitRun(String text, List<Tok> toks, int from, int to, List<MentionCandidate> out) {
        // a leading country term, possibly followed by a role noun
        for (int n = to - from; n >= 1; n--) {
            String termText = stripPossessive(text.substring(toks.get(from).start(), toks.get(from + n - 1).end()));
            if (lexicon.term(termText).isEmpty()) continue;
            int roleEnd = roleAfter(text, toks, from + n);
            if (roleEnd > from + n) {
                int start = toks.get(from).start();
                if (from > 0 && toks.get(from - 1).lower().equals("the") && joined(text, toks.get(from - 1), toks.get(from))) {
                    start = toks.get(from - 1).start();
                }
                int end = toks.get(roleEnd - 1).end();
                out.add(new MentionCandidate(start, end, text.substring(start, end), "DESCRIPTOR"));
                if (roleEnd < to) emitName(text, toks, roleEnd, to, out);
                return;
            }
            int end = toks.get(from + n - 1).end();
            out.add(new MentionCandidate(toks.get(from).start(), end,
                    stripPossessive(text.substring(toks.get(from).start(), end)), "PLACE"));
            // "French Jean Dupont": the demonym, then the name
            if (from + n < to) emitName(text, toks, from + n, to, out);
            return;
        }
        emitName(text, toks, from, to, out);
    }

    private void emitName(String text, List<Tok> toks, int from, int to, List<MentionCandidate> out) {
        while (to > from && CONNECTORS.contains(toks.get(to - 1).lower())) to--;
        if (to <= from) return;
        int start = toks.get(from).start();
        int end = toks.get(to - 1).end();
        String s = text.substring(start, end);
        String stripped = stripPossessive(s);
        out.add(new MentionCandidate(start, start + stripped.length(), stripped, null));
    }

    /** End token index (exclusive) of a role noun starting at token k, or k when none. */
    private int roleAfter(String text, List<Tok> toks, int k) {
        List<String> folded = new ArrayList<>();
        for (int m = k; m < Math.min(toks.size(), k + 3); m++) {
            if (m > k && !joined(text, toks.get(m - 1), toks.get(m))) break;
            if (m == k && k > 0 && !joined(text, toks.get(k - 1), toks.get(k))) break;
            folded.add(normalizer.fold(stripPossessive(toks.get(m).text())));
        }
        return k + lexicon.rolePrefix(folded);
    }

    /** Two tokens belong to one phrase when only spaces, or an abbreviation's period, separate them. */
    private static boolean joined(String text, Tok a, Tok b) {
        String gap = text.substring(a.end(), b.start());
        if (gap.isEmpty()) return false;
        if (gap.isBlank() && gap.indexOf('\n') < 0) return true;
        return gap.startsWith(".") && gap.substring(1).isBlank() && gap.indexOf('\n') < 0
                && (ABBREVIATIONS.contains(a.lower()) || a.text().length() == 1);
    }

    private static boolean possessive(Tok t) {
        return t.text().endsWith("'s") || t.text().endsWith("’s");
    }

    static String stripPossessive(String s) {
        if (s.endsWith("'s") || s.endsWith("’s")) return s.substring(0, s.length() - 2);
        if (s.endsWith("s'") || s.endsWith("s’")) return s.substring(0, s.length() - 1);
        return s;
    }

    private static List<Tok> tokens(String text) {
        List<Tok> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) out.add(new Tok(m.start(), m.end(), m.group()));
        return out;
    }
}
