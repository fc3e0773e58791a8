package dossier.source.extraction;

import static dossier.source.domain.ModelNames.CONTENT;
import static dossier.source.domain.ModelNames.SPEAKER;

import java.util.ArrayList;
import java.util.List;

import dossier.source.domain.Claim;
import dossier.source.domain.ClaimArgument;
import dossier.source.domain.ClaimType;
import dossier.source.domain.TextSpan;

/** "X said (that) ...", "..., X said", direct quotes, and "According to X, ...". */
final class SpeechRules {

    void apply(ClaimExtractor.Sentence st, List<Claim> out) {
        SentenceContext c = st.c;
        int[] quote = quoteRange(c);
        boolean spoke = false;
        for (int v = 0; v < c.size(); v++) {
            if (!AttributionFinder.isSpeechVerb(c, v) || c.lower(v + 1).equals("by")) {
                continue;
            }
            int stop = c.skipBackAux(v);
            int start = c.npStart(stop);
            if (start >= stop && stop > 1 && c.lower(stop - 1).equals(",")) {
                // "X, the leader's sister, said ...": the speaker is the subject before the apposition
                int comma = c.find(",", 0);
                if (comma > 0 && comma < stop - 1 && c.mentionBefore(comma, 0).isPresent()) {
                    start = 0;
                    stop = comma;
                }
            }
            if (start >= stop && quote != null && v > quote[1] && isSpeakerAfter(c, v)) {
                start = v + 1; // "\"...,\" said the spokesman.": the speaker follows the verb
                stop = c.npEnd(start);
            }
            if (start >= stop || (start > 0 && c.lower(start - 1).equals("as"))) {
                continue; // no speaker, or "as X reports": an attribution, not a statement
            }
            List<ClaimArgument> args = new ArrayList<>();
            args.add(c.arg(SPEAKER, start, stop));
            ClaimType type;
            if (quote != null) {
                type = ClaimType.QUOTE;
                args.add(content(c, quote[0], quote[1]));
            } else {
                type = ClaimType.STATEMENT;
                int from = v + 1;
                if (c.lower(from).equals("that")) {
                    from++;
                }
                if (start > 0 && c.lower(start - 1).equals(",")) {
                    from = c.size(); // "..., X said on Monday.": what was said comes first
                }
                int to = c.size();
                while (to > from && c.t(to - 1).isPunct()) {
                    to--;
                }
                int markerAt = indexOfMarker(c, from);
                if (markerAt > from) {
                    to = markerAt;
                    while (to > from && c.t(to - 1).isPunct()) {
                        to--;
                    }
                }
                if (to <= from) {
                    from = 0;
                    to = start;
                    while (to > from && c.t(to - 1).isPunct()) {
                        to--;
                    }
                }
                if (to <= from) {
                    continue;
                }
                args.add(c.arg(CONTENT, from, to));
            }
            spoke = true;
            out.add(st.claim(type, c.t(v).is("VERB") ? c.t(v).lemma() : c.t(v).verbLemma(), args, 0));
        }
        int marker = indexOfMarker(c, 1);
        if (!spoke && marker > 0 && c.lower(marker + 1).equals("according") && c.lower(marker + 2).equals("to")) {
            // "..., according to X.": X states what comes before
            int from = marker + 3;
            int to = c.npEnd(from);
            if (to > from) {
                List<ClaimArgument> args = new ArrayList<>();
                args.add(c.arg(SPEAKER, from, to));
                args.add(c.arg(CONTENT, 0, marker));
                out.add(st.claim(quote != null ? ClaimType.QUOTE : ClaimType.STATEMENT, "accord", args, 0));
            }
        } else if (!spoke && c.lower(0).equals("according") && c.lower(1).equals("to")) {
            int comma = c.find(",", 2);
            if (comma > 2 && comma + 1 < c.size()) {
                var chain = st.chain;
                String speaker = chain.size() > 1 ? chain.get(1).name() : c.textOf(2, comma);
                int to = c.size();
                while (to > comma + 1 && c.t(to - 1).isPunct()) {
                    to--;
                }
                List<ClaimArgument> args = new ArrayList<>();
                ClaimArgument sp = c.arg(SPEAKER, 2, comma);
                args.add(new ClaimArgument(SPEAKER, speaker, chain.size() > 1 ? chain.get(1).entityId() : sp.entityId(),
                        chain.size() > 1 && chain.get(1).span() != null ? chain.get(1).span() : sp.span(), sp.normalized(), sp.names()));
                args.add(c.arg(CONTENT, comma + 1, to));
                out.add(st.claim(quote != null ? ClaimType.QUOTE : ClaimType.STATEMENT, "accord", args, 0));
            }
        }
    }

    private static int indexOfMarker(SentenceContext c, int from) {
        for (int k = from; k + 1 < c.size(); k++) {
            if (c.lower(k).equals(",") && (c.lower(k + 1).equals("according") || c.lower(k + 1).equals("citing")
                    || c.lower(k + 1).equals("as") || c.lower(k + 1).equals("per"))) {
                return k;
            }
        }
        return -1;
    }

    /** A noun phrase runs from just after the verb to the end of the sentence. */
    private static boolean isSpeakerAfter(SentenceContext c, int v) {
        int end = c.npEnd(v + 1);
        return end > v + 1 && (end >= c.size() || c.t(end).isPunct());
    }

    /** Token indexes of the first pair of quotation marks, or null. */
    private static int[] quoteRange(SentenceContext c) {
        int open = -1;
        for (int k = 0; k < c.size(); k++) {
            if (c.t(k).text().equals("\"")) {
                if (open < 0) {
                    open = k;
                } else if (k > open + 1) {
                    return new int[] {open + 1, k};
                }
            }
        }
        return null;
    }

    private static ClaimArgument content(SentenceContext c, int from, int to) {
        ClaimArgument a = c.arg(CONTENT, from, to);
        TextSpan span = a.span();
        return new ClaimArgument(CONTENT, a.value(), "", span, a.normalized(), a.names());
    }
}
