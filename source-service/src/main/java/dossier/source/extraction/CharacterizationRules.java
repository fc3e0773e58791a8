package dossier.source.extraction;

import static dossier.source.domain.ModelNames.CHARACTERIZATION;
import static dossier.source.domain.ModelNames.MEASURE;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dossier.source.domain.Claim;
import dossier.source.domain.ClaimArgument;
import dossier.source.domain.ClaimType;

/**
 * How conduct is judged against a measure: "may have accidentally breached the embargo",
 * "a blatant breach of the ban", "possibly violates the measures". The qualifier is normalised
 * to its group (inadvertent, flagrant, potential) or "asserted" when the text just says so.
 */
final class CharacterizationRules {

    void apply(ClaimExtractor.Sentence st, Claim lastTransfer, List<Claim> out) {
        SentenceContext c = st.c;
        Lexicon lex = c.lex;
        for (int v = 0; v < c.size(); v++) {
            var t = c.t(v);
            if (!lex.violationWords().contains(t.lemma()) && !lex.violationWords().contains(t.verbLemma())) {
                continue;
            }
            if (deniedBefore(c, v)) {
                continue; // "both deny breaching": a denial, handled there
            }
            int mFrom = v + 1;
            if (c.lower(mFrom).equals("of")) {
                mFrom++;
            }
            int mTo = c.clauseEnd(mFrom);
            if (mTo <= mFrom || !mentionsMeasure(c, mFrom, mTo)) {
                continue;
            }
            String group = "asserted";
            String qualifier = t.text();
            for (int k = Math.max(0, v - 4); k <= Math.min(c.size() - 1, v + 1); k++) {
                Optional<String> g = lex.qualifierGroup(c.lower(k));
                if (g.isPresent() && (group.equals("asserted") || group.equals("potential"))) {
                    group = g.get();
                    qualifier = c.t(k).text();
                }
            }
            List<ClaimArgument> args = new ArrayList<>();
            args.add(new ClaimArgument(CHARACTERIZATION, qualifier, "", c.span(v, v + 1), group, List.of()));
            Claim conduct = linkedTransfer(c, out, lastTransfer, v);
            if (conduct != null) {
                args.add(new ClaimArgument("conduct", conduct.summary(), "", conduct.span(), conduct.partiesKey(), List.of()));
            } else {
                int subjEnd = c.skipBackAux(v);
                int subjStart = c.npStart(subjEnd);
                if (subjStart < subjEnd) {
                    args.add(c.arg("conduct", subjStart, subjEnd));
                }
            }
            args.add(c.arg(MEASURE, mFrom, mTo));
            out.add(st.claim(ClaimType.CHARACTERIZATION, t.is("VERB") ? t.lemma() : t.verbLemma(), args,
                    conduct == null ? 1 : 0));
        }
    }

    private static boolean deniedBefore(SentenceContext c, int v) {
        for (int k = Math.max(0, v - 3); k < v; k++) {
            if (c.lex.denyVerbs().contains(c.t(k).lemma())) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsMeasure(SentenceContext c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (c.lex.measureNouns().contains(c.t(k).lemma())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The transfer judged: one stated in the same sentence, else the last one of the document when
     * the sentence refers back to it ("the sale", "X's shipment", "called it ...").
     */
    private static Claim linkedTransfer(SentenceContext c, List<Claim> sameSentence, Claim last, int v) {
        for (Claim cl : sameSentence) {
            if (cl.type() == ClaimType.TRANSFER) {
                return cl;
            }
        }
        if (last == null) {
            return null;
        }
        for (int k = 0; k < c.size(); k++) {
            var t = c.t(k);
            boolean refNoun = c.lex.transferNouns().contains(t.lemma()) && t.is("NOUN") && k > 0
                    && (c.t(k - 1).is("DET") || c.lower(k - 1).equals("'s") || c.t(k - 1).is("PRON"));
            boolean gerund = t.lower().endsWith("ing") && c.lex.transferVerbs().contains(t.verbLemma());
            boolean pronoun = (t.lower().equals("it") || t.lower().equals("this")) && Math.abs(k - v) <= 4;
            if (refNoun || gerund || pronoun) {
                return last;
            }
        }
        return null;
    }
}
