package dossier.source.extraction;

import static dossier.source.domain.ModelNames.CARRIER;
import static dossier.source.domain.ModelNames.DELIVERED_TO;
import static dossier.source.domain.ModelNames.DENIAL;
import static dossier.source.domain.ModelNames.DESTINATION;
import static dossier.source.domain.ModelNames.GIVER;
import static dossier.source.domain.ModelNames.INTERMEDIARY;
import static dossier.source.domain.ModelNames.ITEM;
import static dossier.source.domain.ModelNames.PROHIBITION;
import static dossier.source.domain.ModelNames.QUANTITY;
import static dossier.source.domain.ModelNames.RECIPIENT;
import static dossier.source.domain.ModelNames.ROUTE;
import static dossier.source.domain.ModelNames.SPEAKER;
import static dossier.source.domain.ModelNames.SUBJECT;
import static dossier.source.domain.ModelNames.TIME;
import static dossier.source.domain.ModelNames.VALUE;
import static dossier.source.domain.ModelNames.WORKER;
import static dossier.source.extraction.ClaimExtractor.has;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dossier.source.domain.Amount;
import dossier.source.domain.Claim;
import dossier.source.domain.ClaimArgument;
import dossier.source.domain.ClaimType;
import dossier.source.domain.DateRange;
import dossier.source.domain.MentionRef;
import dossier.source.domain.Modality;
import dossier.source.extraction.events.AmountReader;
import dossier.source.extraction.events.DateReader;
import dossier.source.extraction.events.EventFrame;
import dossier.source.extraction.events.EventMatcher;
import dossier.source.extraction.events.EventPatterns;
import dossier.source.nlp.EntityRuns;
import dossier.support.model.EventModel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

/**
 * Claims from the event patterns of a parsed sentence: each frame's roles become arguments (a
 * role's phrase is its head word with its modifiers in the dependency graph), parties resolved to
 * the sentence's mentions; a prohibited event is never a transfer (the prohibition is a STATEMENT
 * of kind prohibition), a negated or denied one is a TRANSFER held DENIED of kind denial.
 */
final class EventRules {

    /** Relations whose dependents belong to a role's phrase ("an Aurus Senat limousine", "40 tonnes of oil"). */
    private static final Set<String> PHRASE = Set.of("det", "amod", "compound", "nummod", "flat", "fixed", "nmod:of",
            "nmod:poss", "case", "advmod", "compound:prt", "det:predet", "nmod:npmod", "obl:npmod");

    /** Determiners of a description the reader already knows. */
    private static final Set<String> DEFINITE = Set.of("the", "this", "these", "that", "those");

    private final EventModel model = EventModel.standard();
    private final EventMatcher matcher;
    private final AmountReader amounts;
    private final DateReader dates = new DateReader();
    private final Lexicon lex;
    private final RoleFit fit;
    private final Set<String> triggers;

    EventRules(Lexicon lex, EventPatterns patterns) {
        this.lex = lex;
        this.triggers = patterns.triggers();
        this.fit = RoleFit.standard(lex);
        this.matcher = new EventMatcher(patterns);
        this.amounts = new AmountReader(lex.numberWords(), lex.magnitudes());
    }

    /** What the patterns made of a sentence: nothing, events, or law (then no rule may read a transfer in it). */
    enum Outcome { NONE, EVENTS, LAW }

    Outcome apply(ClaimExtractor.Sentence st, Claim lastTransfer, DateReader.Narrative narrative, ToldItems told,
                  List<Claim> out) {
        SentenceContext c = st.c;
        SemanticGraph g = c.s.graph();
        if (g == null) {
            return Outcome.NONE;
        }
        List<EventFrame> frames = matcher.match(g);
        boolean allegation = false;
        for (int i = 0; i < c.size(); i++) {
            allegation |= lex.allegationCues().contains(c.t(i).lemma()) || lex.allegationCues().contains(c.t(i).verbLemma());
        }
        boolean any = false;
        boolean law = false;
        for (EventFrame f : frames) {
            if (f.stance() == EventFrame.Stance.PROHIBITED && !f.kind().equals(PROHIBITION)) {
                law = true; // what a law prohibits is not an event; the prohibition's own frame says it
                continue;
            }
            Claim claim = claim(st, g, f, lastTransfer, narrative, told, allegation);
            law |= f.kind().equals(PROHIBITION); // a sentence of law is no transfer, even where its item was not found
            if (claim != null) {
                out.add(claim);
                any = true;
            }
        }
        return law ? Outcome.LAW : any ? Outcome.EVENTS : Outcome.NONE;
    }

    private Claim claim(ClaimExtractor.Sentence st, SemanticGraph g, EventFrame f, Claim lastTransfer,
                        DateReader.Narrative narrative, ToldItems told, boolean allegation) {
        SentenceContext c = st.c;
        EventModel.KindDef kind = model.requireKind(f.kind());
        List<ClaimArgument> args = new ArrayList<>();
        DateRange interval = null;
        boolean inherited = false;
        Integer itemHead = f.roles().get(ITEM);
        if (itemHead != null && kind.transfer() && refersBack(c, itemHead) && lastTransfer != null) {
            // "The gift, delivered to Mr. Kim's aides by a delegation": the gift named before
            for (String role : List.of(GIVER, RECIPIENT, ITEM)) {
                lastTransfer.argument(role).ifPresent(args::add);
            }
            inherited = true;
        }
        for (Map.Entry<String, Integer> e : f.roles().entrySet()) {
            String role = e.getKey();
            int head = e.getValue();
            if (inherited && role.equals(ITEM)) {
                continue;
            }
            if (inherited && role.equals(GIVER)) {
                role = CARRIER; // the gift's giver is known; "by X" carried it
            }
            if (inherited && role.equals(RECIPIENT)) {
                role = DELIVERED_TO; // the gift's recipient is known; "to X" is where it was delivered
            }
            if (has(args, role)) {
                continue;
            }
            if (role.equals(TIME)) {
                DateRange d = dates.read(c.s.tokens(), head, narrative);
                int[] r = dateRange(c, head);
                args.add(c.arg(role, r[0], r[1]).withInterval(d));
                interval = d;
                continue;
            }
            if (role.equals(VALUE)) {
                head = moneyHead(g, c, head); // "$80 million": the pattern may have found "million"
            }
            String ner = c.t(head).ner();
            if (model.isParty(role) && (ner.equals("DATE") || ner.equals("NUMBER") || ner.equals("DURATION") || c.t(head).is("NUM"))) {
                continue; // "in the period from 2015 to 2017": a date, not a giver
            }
            if (role.equals(ITEM) && (c.t(head).is("DET") || c.t(head).is("PRON") && !c.t(head).ptb().equals("PRP")
                    || c.t(head).lower().endsWith("self") || c.t(head).lower().endsWith("selves")
                    || lex.quantifiers().contains(c.t(head).lower()))) {
                continue; // "that", "most of them", "itself": nothing an item can be compared by ("they" is resolved below)
            }
            if ((model.isParty(role) || role.equals(ITEM)) && (c.t(head).is("VERB") || c.t(head).is("AUX"))) {
                continue; // "Seizing the ship sends a message", "said it carries out attacks": an act, not a party or a thing
            }
            int[] r = role.equals(ITEM) ? list(g, c, head) : role.equals(VALUE) ? nerRun(c, head, phrase(g, c, head)) : phrase(g, c, head);
            while (named(role) && r[0] < head && (c.t(r[0]).is("VERB") || c.t(r[0]).is("AUX"))) {
                r[0]++; // "from supplying North Korea with arms" parsed as one phrase: the verb is no part of the party
            }
            while (role.equals(ITEM) && r[0] < head && c.t(r[0]).ptb().equals("VBG") && triggers.contains(c.t(r[0]).lemma())) {
                r[0]++; // "from buying coal", the verb parsed as the item's modifier: the coal is the item
            }
            if (model.isParty(role) && ner.isEmpty() && timeWithin(c, r)) {
                continue; // "by the end of that year": a time, not a giver
            }
            if (named(role) && c.arg(role, r[0], r[1]).entityId().isEmpty()) {
                r = apposition(g, c, head, r); // "a Panama-flagged tanker, the Marine Aster,": the name
            }
            if (!fit.fits(model.requireRole(role).type(), c.s.tokens(), r[0], r[1], head)) {
                continue; // "the report" gives nothing, "evidence" is not what was sent
            }
            if (role.equals(ROUTE) && kind.hasRole(INTERMEDIARY) && !f.roles().containsKey(INTERMEDIARY)
                    && fit.isAgent(c.s.tokens(), head)) {
                role = INTERMEDIARY; // "bought goods through trading houses": someone in between, not a way
            }
            ClaimArgument a = model.isParty(role) ? party(g, c, role, r, head) : c.arg(role, r[0], r[1]);
            if (role.equals(VALUE)) {
                Amount money = amounts.read(c.s.tokens(), r[0], Math.min(c.size(), r[1] + 1), true);
                Amount count = money != null ? null : amounts.read(c.s.tokens(), r[0], r[1], false);
                // "173,600 ether": an amount of what the head names, never read as dollars
                a = a.withAmount(money != null ? money : count == null ? null
                        : new Amount(count.value(), c.t(head).lemma(), "", count.comparator(), count.perUnit()));
            }
            if (role.equals(DELIVERED_TO)) {
                boolean place = c.t(head).ner().equals("LOCATION");
                if (kind.hasRole(RECIPIENT) && !f.roles().containsKey(RECIPIENT) && !inherited) {
                    args.add(c.arg(RECIPIENT, r[0], r[1]));
                }
                if (place && !f.roles().containsKey(DESTINATION)) {
                    args.add(c.arg(DESTINATION, r[0], r[1]));
                }
                // "sold the watches to a buyer" names a recipient; a place, where a gift told before
                // was delivered, or where a passive sent something, is where the item went
                if (!place && !inherited && kind.hasRole(RECIPIENT) && f.roles().containsKey(GIVER)) {
                    continue;
                }
            }
            args.add(a);
        }
        if (f.kind().equals(PROHIBITION)) {
            if (!has(args, ITEM)) {
                return null;
            }
            return st.claim(ClaimType.STATEMENT, c.t(f.trigger()).lemma(), args, 0, Modality.ASSERTED)
                    .withEvent(PROHIBITION, interval, "");
        }
        if (f.kind().equals(DENIAL)) {
            // "said the accusations were unfounded": who rejects what, never the event denied
            if (!has(args, SPEAKER) || !has(args, SUBJECT)) {
                return null;
            }
            return st.claim(ClaimType.DENIAL, "deny", args, 0, Modality.DENIED).withEvent(DENIAL, interval, "");
        }
        // what is counted: the item, or the workers ("some 500 IT workers")
        args.stream().filter(a -> a.role().equals(ITEM) || a.role().equals(WORKER)).findFirst().ifPresent(item -> {
            int[] r = c.range(item);
            Amount q = amounts.read(c.s.tokens(), r[0], r[1], false);
            if (q != null && !has(args, QUANTITY)) {
                String word = quantityWord(c, r[0], r[1]);
                args.add(new ClaimArgument(QUANTITY, word, "", item.span(), String.valueOf((long) q.value()), List.of(), null, q));
            }
        });
        Set<String> filled = new HashSet<>();
        args.forEach(a -> filled.add(a.role()));
        // an event is anchored by who took part or where it went ("the cars left the port of Rotterdam")
        // ... or by who denies it ("Moscow denied any arms deals")
        boolean anchored = filled.stream().anyMatch(this::anchors) || f.stance() == EventFrame.Stance.DENIED && f.speaker() >= 0;
        boolean alleged = f.stance() == EventFrame.Stance.ALLEGED;
        // ... or it tells again of what the article's events moved ("The limousines were delivered despite a ban")
        boolean toldAgain = itemHead != null && told.told(c.t(itemHead))
                && (definite(g, itemHead) || c.t(f.trigger()).is("NOUN") && definite(g, f.trigger()));
        // ... or it counts what moved: a number of things, or an amount of money ("173,600 ether were taken")
        boolean counted = filled.contains(ITEM) && filled.contains(QUANTITY)
                || args.stream().anyMatch(a -> a.role().equals(VALUE) && a.amount() != null);
        if (!kind.satisfiedBy(filled)
                || !anchored && !counted && !(filled.contains(ITEM) && (alleged || toldAgain))) {
            return null;
        }
        int missing = (filled.contains(GIVER) ? 0 : 1) + (filled.contains(RECIPIENT) ? 0 : 1) + (filled.contains(ITEM) ? 0 : 1);
        String predicate = c.t(f.trigger()).is("VERB") ? c.t(f.trigger()).lemma() : c.t(f.trigger()).verbLemma();
        if (interval == null) {
            interval = DateReader.upperBound(st.doc.publishedDate());
        }
        Claim claim;
        String eventKind = f.kind();
        switch (f.stance()) {
            case DENIED -> {
                if (f.speaker() >= 0) {
                    args.add(party(g, c, SPEAKER, phrase(g, c, f.speaker()), f.speaker()));
                }
                claim = st.claim(ClaimType.TRANSFER, predicate, args, missing, Modality.DENIED);
                eventKind = DENIAL;
            }
            case ALLEGED -> claim = st.claim(ClaimType.ALLEGATION, predicate, args, missing);
            case SPECULATIVE -> claim = st.claim(allegation ? ClaimType.ALLEGATION : ClaimType.TRANSFER, predicate, args,
                    missing, allegation ? Modality.ALLEGED : Modality.SPECULATIVE);
            default -> claim = st.claim(allegation ? ClaimType.ALLEGATION : ClaimType.TRANSFER, predicate, args, missing);
        }
        return claim.withEvent(eventKind, interval, "");
    }

    /** "the limousines", "these cars", "the delivery", "its shipment": a description of what was told before. */
    private static boolean definite(SemanticGraph g, int head) {
        IndexedWord w = g.getNodeByIndexSafe(head + 1);
        if (w == null) {
            return false;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(w)) {
            String rel = e.getRelation().toString();
            String lemma = e.getDependent().lemma() == null ? "" : e.getDependent().lemma().toLowerCase(Locale.ROOT);
            if (rel.equals("nmod:poss") || rel.equals("det") && DEFINITE.contains(lemma)) {
                return true;
            }
        }
        return false;
    }

    /** A party's argument; a pronoun stands for the name it refers to. */
    private static ClaimArgument party(SemanticGraph g, SentenceContext c, String role, int[] r, int head) {
        if (r[1] - r[0] == 1 && c.t(head).is("PRON") && !c.t(head).lower().equals("we")) {
            // "Daimler said it had not sold ...": the one who speaks; "The Sea Lark may have violated
            // the sanctions when it supplied ...": the name before
            var before = speakerOf(g, c, head).or(() -> c.mentionBefore(head, 0));
            if (before.isPresent()) {
                return c.mentionArg(role, before.get());
            }
        }
        return c.arg(role, r[0], r[1]);
    }

    /**
     * The named subject of the speech a pronoun subject's clause is reported by: "Daimler, which makes
     * Maybach cars, said it had not sold any": Daimler, not the nearer Maybach.
     */
    private static Optional<MentionRef> speakerOf(SemanticGraph g, SentenceContext c, int pronoun) {
        IndexedWord p = g.getNodeByIndexSafe(pronoun + 1);
        if (p == null) {
            return Optional.empty();
        }
        for (SemanticGraphEdge subject : g.incomingEdgeIterable(p)) {
            if (!subject.getRelation().toString().startsWith("nsubj")) {
                continue;
            }
            for (SemanticGraphEdge report : g.incomingEdgeIterable(subject.getGovernor())) {
                if (!report.getRelation().toString().equals("ccomp")) {
                    continue;
                }
                for (SemanticGraphEdge speaker : g.outgoingEdgeIterable(report.getGovernor())) {
                    if (speaker.getRelation().toString().equals("nsubj")) {
                        int[] r = phrase(g, c, speaker.getDependent().index() - 1);
                        return c.lastMentionIn(r[0], r[1]);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A claim the token rules made, without the arguments that cannot fill their roles as a pattern's
     * could not ({@link RoleFit}; their phrases are not parsed, so the head is the phrase's last noun);
     * empty when no giver, recipient or item is left ("The report gave a value": nobody gave anything).
     * Arguments told in another sentence (a gift named before) are not read again.
     */
    Optional<Claim> fitting(SentenceContext c, Claim claim) {
        List<ClaimArgument> kept = new ArrayList<>();
        for (ClaimArgument a : claim.arguments()) {
            if (fits(c, a)) {
                kept.add(a);
            }
        }
        if (kept.size() == claim.arguments().size()) {
            return Optional.of(claim);
        }
        boolean transfer = kept.stream().anyMatch(a -> a.role().equals(GIVER) || a.role().equals(RECIPIENT) || a.role().equals(ITEM));
        return transfer ? Optional.of(claim.withArguments(kept)) : Optional.empty();
    }

    private boolean fits(SentenceContext c, ClaimArgument a) {
        Optional<EventModel.RoleDef> role = model.role(a.role());
        if (role.isEmpty() || c.size() == 0 || a.span() == null || a.span().start() < c.t(0).start()
                || a.span().end() > c.t(c.size() - 1).end()) {
            return true;
        }
        int[] r = c.range(a);
        int head = r[1] - 1;
        while (head >= r[0] && !(c.t(head).is("NOUN") || c.t(head).is("PROPN"))) {
            head--;
        }
        return head < r[0] || fit.fits(role.get().type(), c.s.tokens(), r[0], r[1], head);
    }

    /** A party or a place of the event (not its item, amount or time). */
    private boolean anchors(String role) {
        return model.isParty(role) || model.requireRole(role).type() == EventModel.ValueType.PLACE;
    }

    /** Parties and places are names: a description beside a name stands for it. */
    private boolean named(String role) {
        EventModel.ValueType t = model.requireRole(role).type();
        return model.isParty(role) || t == EventModel.ValueType.PARTY || t == EventModel.ValueType.PLACE;
    }

    /** "the gift", "it", "the shipment": a subject that names the transfer told before. */
    private boolean refersBack(SentenceContext c, int head) {
        String l = c.t(head).lemma();
        return lex.transferNouns().contains(l) || l.equals("it");
    }

    /** The token range [from, to) of a role's head word with its modifiers, without a leading preposition. */
    static int[] phrase(SemanticGraph g, SentenceContext c, int head) {
        IndexedWord root = g.getNodeByIndexSafe(head + 1);
        int[] r = {head, head + 1};
        if (root != null) {
            Set<IndexedWord> seen = new HashSet<>();
            extend(g, root, r, seen, head, c.lex);
        }
        while (r[0] < head && (c.t(r[0]).is("ADP") || c.t(r[0]).isPunct() || c.t(r[0]).is("CCONJ"))) {
            r[0]++;
        }
        while (r[1] - 1 > head && (c.t(r[1] - 1).isPunct() || c.t(r[1] - 1).is("ADP"))) {
            r[1]--;
        }
        return r;
    }

    /** An item's phrase with the items conjoined to it: "artillery, rockets, and ballistic missiles". */
    private static int[] list(SemanticGraph g, SentenceContext c, int head) {
        int[] r = phrase(g, c, head);
        IndexedWord node = g.getNodeByIndexSafe(head + 1);
        if (node == null) {
            return r;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
            int d = e.getDependent().index() - 1;
            if (e.getRelation().toString().startsWith("conj") && d > head && d - r[1] <= 4) {
                r[1] = Math.max(r[1], phrase(g, c, d)[1]);
            }
        }
        return r;
    }

    /** The phrase of an apposition or name next to the head that holds a mention, else r. */
    private static int[] apposition(SemanticGraph g, SentenceContext c, int head, int[] r) {
        IndexedWord node = g.getNodeByIndexSafe(head + 1);
        if (node == null) {
            return r;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
            String rel = e.getRelation().toString();
            if (rel.equals("appos") || rel.equals("dep")) {
                int[] a = phrase(g, c, e.getDependent().index() - 1);
                a[1] = c.coverMentions(a[0], a[1]); // "Kum Un San 7" parsed as a chain of dep
                if (!c.arg("x", a[0], a[1]).entityId().isEmpty()) {
                    return a;
                }
            }
        }
        return r;
    }

    /** Whether a comma stands between a word and a dependent after it (graph indexes). */
    private static boolean commaBetween(SemanticGraph g, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            IndexedWord w = g.getNodeByIndexSafe(i);
            if (w != null && w.word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    private static void extend(SemanticGraph g, IndexedWord node, int[] r, Set<IndexedWord> seen, int head, Lexicon lex) {
        if (!seen.add(node)) {
            return;
        }
        for (SemanticGraphEdge e : g.outgoingEdgeIterable(node)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            if (!PHRASE.contains(rel) || d.index() - 1 < r[0] - 12 || d.index() - 1 > r[1] + 12) {
                continue;
            }
            if (rel.equals("case") && d.index() - 1 < head) {
                continue; // the preposition that introduces the phrase is not part of it
            }
            if (rel.equals("advmod") && d.index() - 1 > head && g.getNodeByIndexSafe(head + 1).tag().startsWith("NN")) {
                continue; // "26,500 tonnes of coal aboard": an adverb after a noun says where it is, not what
            }
            if (lex.priceCues().contains(d.word().toLowerCase(java.util.Locale.ROOT))) {
                continue; // "generators worth $2 million": the price is the event's value, not part of the item
            }
            if (commaBetween(g, node.index(), d.index())) {
                continue; // "The yachts, worth 13 million euros,": a modifier set off by commas is an aside, not the name
            }
            r[0] = Math.min(r[0], d.index() - 1);
            r[1] = Math.max(r[1], d.index());
            extend(g, d, r, seen, head, lex);
        }
    }

    /** The head of the money phrase a word belongs to ("$" of "$80 million"). */
    private static int moneyHead(SemanticGraph g, SentenceContext c, int head) {
        IndexedWord w = g.getNodeByIndexSafe(head + 1);
        while (w != null) {
            IndexedWord parent = g.getParent(w);
            if (parent == null || !c.t(parent.index() - 1).ner().equals("MONEY")) {
                break;
            }
            w = parent;
        }
        return w == null ? head : w.index() - 1;
    }

    /** The run of DATE tokens around a time head. */
    private static int[] dateRange(SentenceContext c, int head) {
        return nerRun(c, head, new int[] {head, head + 1});
    }

    /** Whether the phrase holds a date ("the end of that year"). */
    private static boolean timeWithin(SentenceContext c, int[] r) {
        for (int i = r[0]; i < r[1]; i++) {
            if (c.t(i).ner().equals("DATE") || c.t(i).ner().equals("TIME")) {
                return true;
            }
        }
        return false;
    }

    /** r widened to the run of tokens of the head's entity type ("$ 500,000" that the parser split). */
    private static int[] nerRun(SentenceContext c, int head, int[] r) {
        return EntityRuns.around(c.s.tokens(), head, r[0], r[1]);
    }

    /** The word that gives the count, as written ("two", "40", "pair"). */
    private String quantityWord(SentenceContext c, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = c.lower(i).replace(",", "");
            if (lex.numberWords().containsKey(w) || w.matches("\\d+(\\.\\d+)?") || c.t(i).ner().equals("NUMBER")) {
                return c.t(i).text();
            }
        }
        return "";
    }
}
