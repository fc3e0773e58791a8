package dossier.source.extraction;

import static dossier.source.domain.ModelNames.SPEAKER;
import static dossier.source.domain.ModelNames.SUBJECT;

import java.util.ArrayList;
import java.util.List;

import dossier.source.domain.Claim;
import dossier.source.domain.ClaimArgument;
import dossier.source.domain.ClaimType;
import dossier.source.domain.Modality;

/** Confirmations and denials: "X confirmed the sale", "X's confirmation of Y", "X deny breaching Y". */
final class StanceRules {

    void apply(ClaimExtractor.Sentence st, List<Claim> out) {
        SentenceContext c = st.c;
        Lexicon lex = c.lex;
        for (int v = 0; v < c.size(); v++) {
            var t = c.t(v);
            boolean confirmVerb = t.is("VERB") && lex.confirmVerbs().contains(t.lemma());
            boolean denyVerb = t.is("VERB") && lex.denyVerbs().contains(t.lemma());
            boolean confirmNoun = t.is("NOUN") && lex.confirmNouns().contains(t.lower());
            boolean denyNoun = t.is("NOUN") && lex.denyNouns().contains(t.lower());
            if (!(confirmVerb || denyVerb || confirmNoun || denyNoun)) {
                continue;
            }
            ClaimType type = confirmVerb || confirmNoun ? ClaimType.CONFIRMATION : ClaimType.DENIAL;
            int speakerEnd;
            int objectFrom;
            if (confirmVerb || denyVerb) {
                speakerEnd = c.subjectEnd(v);
                objectFrom = v + 1;
            } else {
                if (!c.lower(v - 1).equals("'s") && !c.lower(v - 1).equals("'")) {
                    continue; // "the confirmation" without a holder says nothing about who confirmed
                }
                speakerEnd = v - 1;
                objectFrom = c.lower(v + 1).equals("of") ? v + 2 : v + 1;
            }
            int speakerStart = c.npStart(speakerEnd);
            if (speakerStart >= speakerEnd) {
                continue;
            }
            boolean clause = c.lower(objectFrom).equals("that"); // "denied that his country imported ...": all of it
            if (clause) {
                objectFrom++;
            }
            int objectTo = clause || c.t(Math.min(objectFrom, c.size() - 1)).is("VERB") || objectFrom < c.size()
                    && (c.t(objectFrom).is("PRON") && !c.lower(objectFrom).matches("his|her|its|their"))
                    ? c.clauseEnd(objectFrom) : c.npEnd(objectFrom);
            if (objectTo <= objectFrom) {
                continue;
            }
            List<ClaimArgument> args = new ArrayList<>();
            // "A diplomat in Beijing denied that ...": where the parse read the denied event, its speaker is the whole subject
            ClaimArgument parsedSpeaker = type == ClaimType.DENIAL ? out.stream().filter(e -> e.modality() == Modality.DENIED)
                    .flatMap(e -> e.argument(SPEAKER).stream()).findFirst().orElse(null) : null;
            args.add(parsedSpeaker != null ? parsedSpeaker : c.arg(SPEAKER, speakerStart, speakerEnd));
            args.add(c.arg(SUBJECT, objectFrom, objectTo));
            String predicate = confirmNoun ? "confirm" : denyNoun ? "deny" : t.lemma();
            out.add(st.claim(type, predicate, args, 0));
        }
    }
}
