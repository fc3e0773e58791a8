package dossier.source.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dossier.source.domain.MentionCandidate;
import dossier.source.extraction.Lexicon;

/**
 * Finds spans that may name an entity: runs of capitalised proper-noun tokens (honorifics such as
 * "Mr." kept, the possessive left out) and descriptors "the &lt;demonym&gt; &lt;role noun&gt;".
 * No named-entity model is available, so entity-service decides what each span is.
 */
public final class MentionCandidateFinder {

    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "in", "on",
            "at", "to", "for", "by", "with", "from", "as", "it", "its", "he", "she", "they", "we", "i", "this", "that",
            "his", "her", "their", "our", "you", "your", "my", "me", "him", "them", "us", "who", "which");
    private static final Set<String> INNER = Set.of("of", "for", "-", "&");

    private final Lexicon lexicon;

    public MentionCandidateFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    private record Run(AnalyzedSentence s, int from, int to) {
        String text() {
            return s.text().substring(s.get(from).start() - s.start(), s.get(to - 1).end() - s.start());
        }
    }

    public List<MentionCandidate> find(String text, List<AnalyzedSentence> sentences) {
        List<MentionCandidate> out = new ArrayList<>();
        List<Run> runs = new ArrayList<>();
        for (AnalyzedSentence s : sentences) {
            if (s.heading()) {
                continue;
            }
            List<int[]> descriptors = descriptors(s);
            for (int[] d : descriptors) {
                out.add(candidate(text, s, d[0], d[1], "DESCRIPTOR"));
            }
            for (int[] run : properRuns(s)) {
                boolean inside = descriptors.stream().anyMatch(d -> run[0] >= d[0] && run[1] <= d[1]);
                if (!inside) {
                    runs.add(new Run(s, run[0], run[1]));
                }
            }
        }
        for (Run r : splitGlued(runs)) {
            boolean honorific = lexicon.honorifics().contains(r.s().get(r.from()).lower());
            out.add(candidate(text, r.s(), r.from(), r.to(), honorific ? "PERSON" : ""));
        }
        out.sort(java.util.Comparator.comparingInt(MentionCandidate::start));
        return out;
    }

    /**
     * "the Senat Putin gifted": after a determiner, a run whose head part the document uses elsewhere
     * as the end of another name ("Aurus Senat") and whose tail it uses elsewhere as a name on its
     * own ("Putin") is two names side by side, not one.
     */
    private static List<Run> splitGlued(List<Run> runs) {
        Set<String> whole = new java.util.HashSet<>();
        List<String> texts = new ArrayList<>();
        for (Run r : runs) {
            whole.add(r.text());
            texts.add(r.text());
        }
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            int split = -1;
            boolean afterDeterminer = r.from() > 0 && r.s().get(r.from() - 1).is("DET");
            for (int k = r.from() + 1; afterDeterminer && k < r.to() && split < 0; k++) {
                String head = new Run(r.s(), r.from(), k).text();
                String tail = new Run(r.s(), k, r.to()).text();
                boolean headEndsAnother = texts.stream().anyMatch(t -> t.length() > head.length() && t.endsWith(" " + head));
                if (headEndsAnother && whole.contains(tail)) {
                    split = k;
                }
            }
            if (split < 0) {
                out.add(r);
            } else {
                out.add(new Run(r.s(), r.from(), split));
                out.add(new Run(r.s(), split, r.to()));
            }
        }
        return out;
    }

    private static MentionCandidate candidate(String text, AnalyzedSentence s, int from, int to, String hint) {
        int start = s.get(from).start();
        int end = s.get(to - 1).end();
        return new MentionCandidate(start, end, text.substring(start, end), hint);
    }

    /** Token ranges [from, to) of proper-name runs. */
    List<int[]> properRuns(AnalyzedSentence s) {
        List<int[]> runs = new ArrayList<>();
        int i = 0;
        while (i < s.size()) {
            if (!properStart(s, i)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < s.size()) {
                if (properInside(s, j)) {
                    j++;
                } else if (INNER.contains(s.get(j).lower()) && j + 1 < s.size() && properInside(s, j + 1)
                        && joins(s, j)) {
                    j += 2;
                } else {
                    break;
                }
            }
            runs.add(new int[] {i, j});
            i = j;
        }
        return runs;
    }

    /** "Mercedes-Maybach" joins without spaces; "Center for Studies" joins with them. */
    private static boolean joins(AnalyzedSentence s, int j) {
        boolean hyphen = s.get(j).text().equals("-");
        return hyphen ? adjacent(s, j - 1, j) && adjacent(s, j, j + 1) : !adjacent(s, j - 1, j);
    }

    private static boolean adjacent(AnalyzedSentence s, int a, int b) {
        return s.get(a).end() == s.get(b).start();
    }

    private boolean properStart(AnalyzedSentence s, int i) {
        Token t = s.get(i);
        if (!properInside(s, i)) {
            return false;
        }
        // A capitalised word opening a sentence is only a name when the tagger says so.
        boolean sentenceStart = i == 0 || s.get(i - 1).text().equals("\"");
        return !sentenceStart || t.is("PROPN");
    }

    private boolean properInside(AnalyzedSentence s, int i) {
        Token t = s.get(i);
        // The tagger takes some name parts for pronouns ("Yo" in a Korean name); a capitalised word
        // that is no English function word still belongs to the name.
        if (!t.capitalized() || t.isPunct() || t.is("NUM") || t.is("SYM") || t.is("DET")) {
            return false;
        }
        String lower = t.lower();
        if (FUNCTION_WORDS.contains(lower) || lexicon.dateWords().contains(lower)) {
            return false;
        }
        // "Russian-" in "Russian-made" modifies a noun; it is not a name.
        return !t.text().endsWith("-") && !(i + 1 < s.size() && s.get(i + 1).text().startsWith("-")
                && i + 2 < s.size() && !s.get(i + 2).capitalized());
    }

    /** "the Iranian foreign minister": determiner, capitalised modifiers, a role noun. */
    private List<int[]> descriptors(AnalyzedSentence s) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i + 2 < s.size(); i++) {
            if (!s.get(i).lower().equals("the")) {
                continue;
            }
            int j = i + 1;
            while (j < s.size() && s.get(j).capitalized() && !s.get(j).isPunct()) {
                j++;
            }
            if (j > i + 1 && j < s.size() && lexicon.roleNouns().contains(s.get(j).lemma())) {
                out.add(new int[] {i, j + 1});
            }
        }
        return out;
    }
}
