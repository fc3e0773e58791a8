package dossier.source.extraction;

import java.util.ArrayList;
import java.util.List;

import dossier.source.domain.AttributionLink;
import dossier.source.domain.ClaimArgument;
import dossier.source.domain.TextSpan;

/**
 * Who says what a sentence states, outermost first: the outlet, then sources cited with
 * "according to", "as reported by", "citing", "per" or "as X reports", then speakers ("X said").
 */
final class AttributionFinder {

    List<AttributionLink> chain(SentenceContext c, String outlet) {
        List<AttributionLink> outer = new ArrayList<>();
        List<AttributionLink> inner = new ArrayList<>();
        for (String marker : c.lex.attributionMarkers()) {
            String[] words = marker.split(" ");
            for (int i = 0; i + words.length <= c.size(); i++) {
                if (!matches(c, i, words)) {
                    continue;
                }
                int np = i + words.length;
                while ((c.lower(np).equals("reports") || c.lower(np).equals("report")) && (c.lower(np + 1).equals("from")
                        || c.lower(np + 1).equals("by") || c.lower(np + 1).equals("of"))) {
                    np += 2; // "according to reports from X": X is the source
                }
                int end = c.npEnd(np);
                // "according to reports from X": the reports are not the source, X is
                if (end > np && c.t(end - 1).lemma().equals("report") && (c.lower(end).equals("from") || c.lower(end).equals("by"))) {
                    np = end + 1;
                    end = c.npEnd(np);
                }
                if (end > np) {
                    outer.add(link(c, np, end, marker));
                }
            }
        }
        for (int i = 0; i < c.size(); i++) {
            if (!isSpeechVerb(c, i)) {
                continue;
            }
            int stop = c.skipBackAux(i);
            int start = c.npStart(stop);
            if (start >= stop) {
                continue;
            }
            boolean asReports = start > 0 && c.lower(start - 1).equals("as");
            if (c.lower(i + 1).equals("by")) {
                continue; // "as reported by": handled as a marker
            }
            (asReports ? outer : inner).add(link(c, start, stop, c.t(i).lower()));
        }
        List<AttributionLink> chain = new ArrayList<>();
        chain.add(new AttributionLink(outlet == null || outlet.isBlank() ? "the outlet" : outlet, "", "publishes", null));
        chain.addAll(outer);
        chain.addAll(inner);
        return chain;
    }

    static boolean isSpeechVerb(SentenceContext c, int i) {
        var t = c.t(i);
        // The tagger sometimes reads a finite "expressed" after a subject as an adjective.
        boolean misreadVerb = t.is("ADJ") && t.lower().endsWith("ed") && i > 0
                && (c.lower(i - 1).equals(",") || c.t(i - 1).isNounLike());
        if ((t.is("VERB") || misreadVerb) && c.lex.speechVerbs().contains(misreadVerb ? t.verbLemma() : t.lemma())) {
            return !(c.lower(i - 1).equals("to") || c.lower(i + 1).equals("by")) && reportsSomething(c, i);
        }
        // the tagger reads "the BBC reports that" as a noun after a name
        return (t.is("NOUN") && c.lex.speechVerbs().contains(t.verbLemma()) && t.lower().endsWith("s")
                && i > 0 && c.t(i - 1).is("PROPN") && (c.lower(i + 1).equals("that") || c.lower(i + 1).equals(".")
                || c.lower(i + 1).equals(",")));
    }

    /**
     * A speech verb reports something when a that-clause, a quote or a clause with its own verb
     * follows, or when it closes the sentence ("..., X said."); "X adds a seal to Y" reports nothing.
     */
    private static boolean reportsSomething(SentenceContext c, int i) {
        if (c.lex.expressVerbs().contains(c.t(i).lemma())) {
            return true; // "expressed gratitude for the gift": the object is what is said
        }
        String next = c.lower(i + 1);
        if (next.equals("that") || next.equals("\"") || next.equals(",") || next.equals(".") || next.isEmpty()) {
            return true;
        }
        int speaker = c.npStart(c.skipBackAux(i));
        if (speaker > 0 && (c.lower(speaker - 1).equals(",") || c.lower(speaker - 1).equals("\""))) {
            return true; // "..., the coast guard said on Monday.", "\"...\" the spokeswoman told reporters."
        }
        if (c.lower(i - 1).equals("\"")) {
            return true; // "\"...,\" said the spokesman."
        }
        int end = c.clauseEnd(i + 1);
        for (int k = i + 1; k < end; k++) {
            if (c.t(k).is("VERB") || c.t(k).is("AUX")) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(SentenceContext c, int i, String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (!c.lower(i + k).equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    private static AttributionLink link(SentenceContext c, int from, int to, String verb) {
        ClaimArgument a = c.arg("source", from, to);
        TextSpan span = a.span();
        return new AttributionLink(a.value(), a.entityId(), verb, span);
    }
}
