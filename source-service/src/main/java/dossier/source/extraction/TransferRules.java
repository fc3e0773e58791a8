package dossier.source.extraction;

import static dossier.source.domain.ModelNames.CARRIER;
import static dossier.source.domain.ModelNames.DELIVERED_TO;
import static dossier.source.domain.ModelNames.GIVER;
import static dossier.source.domain.ModelNames.ITEM;
import static dossier.source.domain.ModelNames.QUANTITY;
import static dossier.source.domain.ModelNames.RECIPIENT;
import static dossier.source.domain.ModelNames.ROUTE;
import static dossier.source.extraction.ClaimExtractor.has;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dossier.source.domain.Claim;
import dossier.source.domain.ClaimArgument;
import dossier.source.domain.ClaimType;
import dossier.source.domain.MentionRef;
import dossier.source.domain.Modality;

/**
 * Transfers and alleged supplies: "X gave/presented Y (with) Z", "X gave Z to Y", "the shipment,
 * delivered to W by V" (referring back to the last transfer), "Z was shipped from A to W".
 */
final class TransferRules {

    private final Lexicon lex;

    TransferRules(Lexicon lex) {
        this.lex = lex;
    }

    void apply(ClaimExtractor.Sentence st, Claim lastTransfer, List<Claim> out) {
        SentenceContext c = st.c;
        boolean allegation = false;
        for (int i = 0; i < c.size(); i++) {
            if (lex.allegationCues().contains(c.t(i).lemma()) || lex.allegationCues().contains(c.t(i).verbLemma())) {
                allegation = true;
            }
        }
        for (int v = 0; v < c.size(); v++) {
            boolean reverse = c.isVerbIn(v, lex.receiveVerbs());
            if (!c.isVerbIn(v, lex.transferVerbs()) && !reverse) {
                continue;
            }
            List<ClaimArgument> args = passive(c, v) ? passiveArgs(c, v, lastTransfer) : activeArgs(c, v, reverse);
            if (args == null) {
                continue;
            }
            boolean hasParty = has(args, GIVER) || has(args, RECIPIENT);
            boolean hasObject = has(args, ITEM) || has(args, DELIVERED_TO) || has(args, RECIPIENT);
            if (!hasParty || !hasObject) {
                continue;
            }
            String verbLemma = c.t(v).is("VERB") ? c.t(v).lemma() : c.t(v).verbLemma();
            int missing = (has(args, GIVER) ? 0 : 1) + (has(args, RECIPIENT) ? 0 : 1) + (has(args, ITEM) ? 0 : 1);
            ClaimType type = allegation ? ClaimType.ALLEGATION : ClaimType.TRANSFER;
            out.add(deniedBefore(c, v) ? st.claim(type, verbLemma, args, missing, Modality.DENIED)
                    : st.claim(type, verbLemma, args, missing));
        }
    }

    /** "denied that the country had sent drones": the transfer is what is denied. */
    private boolean deniedBefore(SentenceContext c, int v) {
        for (int k = 0; k < v; k++) {
            if (c.t(k).is("VERB") && lex.denyVerbs().contains(c.t(k).lemma())) {
                return true;
            }
        }
        return false;
    }

    private boolean passive(SentenceContext c, int v) {
        int p = v - 1;
        while (p >= 0 && c.t(p).is("ADV")) {
            p--;
        }
        if (p < 0) {
            return false;
        }
        if (c.t(p).is("AUX") && c.t(p).lemma().equals("be")) {
            return true;
        }
        String next = c.lower(v + 1).equals("directly") ? c.lower(v + 2) : c.lower(v + 1);
        boolean participle = c.t(v).lower().endsWith("ed") || c.t(v).lower().endsWith("en");
        boolean ppFollows = next.equals("to") || next.equals("by") || next.equals("from") || next.equals("into");
        return participle && ppFollows && (c.lower(p).equals(",") || c.t(p).isNounLike());
    }

    private List<ClaimArgument> activeArgs(SentenceContext c, int v, boolean reverse) {
        List<ClaimArgument> args = new ArrayList<>();
        // the giver, or with "receive", "import" the recipient: the subject
        String subjectRole = reverse ? RECIPIENT : GIVER;
        Optional<MentionRef> giver = c.mentionBefore(v, 0);
        Optional<ClaimArgument> subject = Optional.empty();
        String before = c.lower(v - 1);
        boolean gerundAfterPreposition = c.t(v).lower().endsWith("ing") && c.t(v - Math.min(v, 1)).is("ADP");
        boolean finite = !gerundAfterPreposition && !before.equals("to");
        if (gerundAfterPreposition && !before.equals("by")) {
            // "the ban on supplying" names no supplier; "accused X of supplying" does, right before
            int np = c.npStart(v - 1);
            if (before.equals("of") && np < v - 1) {
                subject = Optional.of(party(c, subjectRole, np, v - 1));
            } else if (giver.isEmpty() || giver.get().span().end() < c.t(v - 2 < 0 ? 0 : v - 2).end()) {
                return null;
            }
        }
        if (before.equals("by") && v <= 2) {
            // "By selling Z to Y, X may have ...": the giver is the subject after the comma
            int comma = c.find(",", v);
            giver = comma < 0 ? Optional.empty()
                    : c.mentions.stream().filter(m -> m.span().start() >= c.t(comma).end()).findFirst();
        } else if (finite) {
            // the whole subject phrase: "a Hong Kong trading company" is not Hong Kong
            int end = c.subjectEnd(v);
            int start = c.npStart(end);
            if (start < end) {
                subject = Optional.of(party(c, subjectRole, start, end));
            }
        }
        if (subject.isPresent()) {
            args.add(subject.get());
        } else {
            giver.ifPresent(m -> args.add(c.mentionArg(subjectRole, m)));
        }
        if (reverse) {
            int j = v + 1;
            int e = c.itemEnd(j);
            if (e > j) {
                args.add(c.arg(ITEM, j, e));
            }
            prepositions(c, e, args, false, true);
            quantity(c, args);
            return args;
        }
        int j = v + 1;
        while (j < c.size() && c.t(j).is("ADV")) {
            j++;
        }
        int next = j;
        int itemEnd = c.itemEnd(j);
        if (itemEnd > j && c.lower(itemEnd).equals("to")) {
            int rEnd = c.npEnd(itemEnd + 1);
            if (rEnd > itemEnd + 1) {
                args.add(c.arg(ITEM, j, itemEnd));
                args.add(party(c, RECIPIENT, itemEnd + 1, rEnd));
                next = rEnd;
            }
        }
        if (!has(args, RECIPIENT)) {
            int rEnd = c.npEnd(j);
            // "sent dozens of Swiss watches": a name inside an of-phrase is no recipient
            int of = c.find("of", j);
            Optional<MentionRef> r = c.lastMentionIn(j, rEnd).filter(m -> of < 0 || c.t(of).start() > m.span().start());
            if (r.isPresent()) {
                args.add(c.mentionArg(RECIPIENT, r.get()));
                int afterName = c.s.indexAt(r.get().span().end());
                if (afterName < rEnd && (c.t(afterName).is("NUM") || c.t(afterName).is("DET"))) {
                    rEnd = afterName; // "gave the Chon Ma San 600 tonnes": the amount starts the item
                }
                next = rEnd;
                int itemStart = c.lower(rEnd).equals("with") ? rEnd + 1 : rEnd;
                int e = c.npListEnd(itemStart);
                if (e > itemStart && (itemStart > rEnd || c.t(itemStart).is("DET") || c.t(itemStart).is("NUM")
                        || c.t(itemStart).is("ADJ"))) {
                    args.add(c.arg(ITEM, itemStart, e));
                    next = e;
                }
            } else if (itemEnd > j) {
                args.add(c.arg(ITEM, j, itemEnd));
                next = itemEnd;
            }
        }
        if (!has(args, ITEM) && finite && subject.isPresent() && subject.get().span() != null) {
            // "the car (that) X gave Y": the thing given stands before the subject
            int subjStart = c.s.indexAt(subject.get().span().start());
            int end = c.lower(subjStart - 1).equals("that") || c.lower(subjStart - 1).equals("which") ? subjStart - 1 : subjStart;
            int start = c.npStart(end);
            if (start < end && has(args, RECIPIENT)) {
                args.add(c.arg(ITEM, start, end));
            }
        }
        prepositions(c, next, args, false, false);
        quantity(c, args);
        return args;
    }

    private List<ClaimArgument> passiveArgs(SentenceContext c, int v, Claim lastTransfer) {
        List<ClaimArgument> args = new ArrayList<>();
        int p = v - 1;
        while (p >= 0 && (c.t(p).is("ADV") || c.t(p).is("AUX") || c.t(p).is("PART") && !c.lower(p).equals("'s"))) {
            p--;
        }
        if (p >= 0 && c.lower(p).equals(",")) {
            p--;
        }
        int subjEnd = p + 1;
        int subjStart = c.npStart(subjEnd);
        boolean inherited = false;
        if (subjStart < subjEnd) {
            String head = c.t(subjEnd - 1).lemma();
            boolean refersBack = lex.transferNouns().contains(head) || head.equals("it");
            if (refersBack && lastTransfer != null) {
                for (String role : List.of(GIVER, RECIPIENT, ITEM)) {
                    lastTransfer.argument(role).ifPresent(args::add);
                }
                inherited = true;
            } else if (!refersBack) {
                args.add(c.arg(ITEM, subjStart, subjEnd));
            }
        }
        if (!inherited && args.isEmpty()) {
            return null;
        }
        prepositions(c, v + 1, args, inherited, false);
        quantity(c, args);
        return args;
    }

    /** Trailing phrases: to/into W, by V, from A, via R, aboard C. */
    private void prepositions(SentenceContext c, int from, List<ClaimArgument> args, boolean inherited, boolean reverse) {
        int end = c.clauseEnd(from);
        for (int k = from; k < end; k++) {
            // a relative clause ("that he showed to X") is about something else
            if (c.t(k).is("SCONJ") || c.t(k).is("VERB") || c.t(k).is("AUX")
                    || java.util.Set.of("that", "which", "who", "when", "where").contains(c.lower(k))) {
                end = k;
                break;
            }
        }
        int k = from;
        while (k < end) {
            String w = c.lower(k);
            int npFrom = k + 1;
            if (c.lower(npFrom).equals("board")) {
                npFrom++;
            }
            int npTo = c.npEnd(npFrom);
            if (npTo <= npFrom || allNumbers(c, npFrom, npTo)) {
                k++; // "from 2015 to 2017" is a period, not a route
                continue;
            }
            switch (w) {
                case "to", "into" -> {
                    if (!has(args, DELIVERED_TO)) {
                        args.add(c.arg(DELIVERED_TO, npFrom, npTo));
                        if (!has(args, RECIPIENT)) {
                            args.add(party(c, RECIPIENT, npFrom, npTo));
                        }
                    }
                }
                case "by" -> args.add(has(args, GIVER) || inherited ? c.arg(CARRIER, npFrom, npTo) : party(c, GIVER, npFrom, npTo));
                case "from", "via", "through" -> args.add(reverse && w.equals("from") && !has(args, GIVER)
                        ? party(c, GIVER, npFrom, npTo) : c.arg(ROUTE, k, npTo));
                case "aboard", "on" -> {
                    if (w.equals("aboard") || npFrom == k + 2) {
                        args.add(c.arg(CARRIER, npFrom, npTo));
                    }
                }
                default -> {
                    k++;
                    continue;
                }
            }
            k = npTo;
        }
    }

    private static boolean allNumbers(SentenceContext c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!c.t(k).is("NUM") && !c.t(k).is("DET")) {
                return false;
            }
        }
        return true;
    }

    private static ClaimArgument party(SentenceContext c, String role, int from, int to) {
        return c.lastMentionIn(from, to).filter(m -> m.span().end() >= c.t(to - 1).end())
                .map(m -> c.mentionArg(role, m)).orElse(c.arg(role, from, to));
    }

    private void quantity(SentenceContext c, List<ClaimArgument> args) {
        ClaimExtractor.first(args, ITEM).ifPresent(item -> {
            if (has(args, QUANTITY)) {
                return;
            }
            String[] words = item.value().toLowerCase(java.util.Locale.ROOT).split("[\\s-]+");
            int i = words.length > 0 && (words[0].equals("a") || words[0].equals("the")) ? 1 : 0;
            while (i < words.length - 1 && lex.approximators().contains(words[i])) {
                i++; // "about 1,500 tonnes"
            }
            if (i >= words.length) {
                return;
            }
            String w = words[i].replace(",", "");
            Long n = lex.numberWords().get(w);
            if (n == null && w.matches("\\d+")) {
                n = Long.parseLong(w);
            }
            boolean year = words[i].matches("(1[89]|20)\\d{2}") && i > 0 && (words[i - 1].equals("a") || words[i - 1].equals("the"));
            if (n != null && !year) {
                args.add(new ClaimArgument(QUANTITY, words[i], "", item.span(), String.valueOf(n), List.of()));
            }
        });
    }
}
