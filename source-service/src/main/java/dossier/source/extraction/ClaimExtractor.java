package dossier.source.extraction;

import static dossier.source.domain.ModelNames.DELIVERED_TO;
import static dossier.source.domain.ModelNames.ITEM;
import static dossier.source.domain.ModelNames.PROHIBITION;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dossier.model.v1.Role;
import dossier.source.domain.AttributionLink;
import dossier.source.domain.Claim;
import dossier.source.domain.ClaimArgument;
import dossier.source.domain.ClaimType;
import dossier.source.domain.DateRange;
import dossier.source.domain.MentionRef;
import dossier.source.domain.Modality;
import dossier.source.domain.TextSpan;
import dossier.source.extraction.events.DateReader;
import dossier.source.extraction.events.EventPatterns;
import dossier.source.nlp.AnalyzedSentence;
import dossier.source.nlp.Token;
import dossier.support.model.EventModel;

/**
 * Extracts typed claims from POS-tagged, lemmatised sentences with resolved mentions, by general
 * English patterns over the vocabulary of {@link Lexicon}. Claims come back without ids.
 */
public final class ClaimExtractor {

    /** What the extractor needs to know about the document. */
    public record Document(String text, String outlet, String publishedDate, List<MentionRef> mentions) {
    }

    private static final List<String> PARTIES_AND_ITEM = List.of(EventModel.wire(Role.ROLE_GIVER),
            EventModel.wire(Role.ROLE_RECIPIENT), EventModel.wire(Role.ROLE_ITEM));
    private static final EventModel MODEL = EventModel.standard();

    private final Lexicon lex;
    private final AttributionFinder attributions = new AttributionFinder();
    private final DateFinder dates = new DateFinder();
    private final DateReader intervals = new DateReader();
    private final EventRules events;

    public ClaimExtractor(Lexicon lex) {
        this(lex, EventPatterns.standard());
    }

    public ClaimExtractor(Lexicon lex, EventPatterns patterns) {
        this.lex = lex;
        this.events = new EventRules(lex, patterns);
    }

    public List<Claim> extract(List<AnalyzedSentence> sentences, Document doc) {
        List<Claim> claims = new ArrayList<>();
        Map<String, Claim> seen = new LinkedHashMap<>();
        Claim[] lastTransfer = {null};
        DateReader.Narrative narrative = new DateReader.Narrative(doc.publishedDate());
        ToldItems told = new ToldItems();
        for (AnalyzedSentence s : sentences) {
            if (s.heading()) {
                continue;
            }
            SentenceContext c = new SentenceContext(s, doc.text(), lex, doc.mentions());
            Sentence sentence = new Sentence(c, doc, attributions.chain(c, doc.outlet()), hedges(c));
            List<Claim> found = new ArrayList<>();
            // parsed sentences: the event patterns; the token rules where no pattern found an event,
            // or where the parse went wrong and they name more of giver, recipient and item
            List<Claim> framed = new ArrayList<>();
            List<Claim> byTokens = new ArrayList<>();
            EventRules.Outcome outcome = events.apply(sentence, lastTransfer[0], narrative, told, framed);
            new TransferRules(lex).apply(sentence, lastTransfer[0], byTokens);
            List<Claim> tokens = byTokens.stream().flatMap(t -> events.fitting(c, t).stream())
                    .map(t -> readAsFramed(t, framed)).toList();
            if (outcome == EventRules.Outcome.LAW) {
                found.addAll(framed); // the token rules know no law: what it bars is never a transfer
            } else if (outcome == EventRules.Outcome.NONE) {
                found.addAll(tokens);
            } else if (!tokens.isEmpty() && heldAsEvents(framed) && completeness(tokens) > completeness(framed)) {
                String kind = framed.stream().map(Claim::eventKind).filter(k -> !k.isEmpty()).findFirst().orElse("");
                framed.stream().filter(cl -> cl.type() != ClaimType.TRANSFER && cl.type() != ClaimType.ALLEGATION).forEach(found::add);
                DateRange d = framed.stream().map(Claim::timeInterval).filter(java.util.Objects::nonNull).findFirst().orElse(null);
                Claim frame = framed.stream().filter(cl -> cl.type() == ClaimType.TRANSFER || cl.type() == ClaimType.ALLEGATION)
                        .max(Comparator.comparingInt(cl -> completeness(List.of(cl)))).orElse(null);
                tokens.forEach(t -> found.add(withFrameRoles(t, frame).withEvent(kind, d, "")));
            } else {
                found.addAll(framed);
            }
            for (Claim t : found) {
                if (t.type() == ClaimType.TRANSFER) {
                    lastTransfer[0] = t;
                }
            }
            new SpeechRules().apply(sentence, found);
            new StanceRules().apply(sentence, found);
            new AttributeRules().apply(sentence, found);
            new CharacterizationRules().apply(sentence, lastTransfer[0], found);
            DateRange sentenceDate = sentenceInterval(s, narrative, doc.publishedDate());
            for (Claim cl : found) {
                Claim typed = cl.eventKind().isEmpty() ? cl.withEvent(Incidents.kindOf(cl), sentenceDate, "") : cl;
                // a lede repeated further down states nothing new
                seen.putIfAbsent(cl.type() + "|" + cl.summary(), Incidents.keyed(typed));
            }
            narrative.note(s.tokens());
            told.note(c, found);
        }
        claims.addAll(seen.values());
        return claims;
    }

    /**
     * The token rules' claim with the roles only the frame filled (time, destination, carrier,
     * operator, value ...): they name the parties better where the parse went wrong, the frame the rest.
     */
    private static Claim withFrameRoles(Claim tokenClaim, Claim frame) {
        if (frame == null) {
            return tokenClaim;
        }
        List<ClaimArgument> args = new ArrayList<>(tokenClaim.arguments());
        for (ClaimArgument a : frame.arguments()) {
            if (args.stream().noneMatch(b -> b.role().equals(a.role()) || sameStart(b, a))) {
                args.add(a);
            }
        }
        return tokenClaim.withArguments(args);
    }

    /**
     * Where the token rules only saw "to X" or "by X", the frame's reading of X is the better one: a
     * carrier, not a giver ("delivered by a smaller feeder boat"); where the goods were delivered, a
     * destination. A side the frame read as a side too, or as a place, stays a side (a country can be
     * both where the goods went and who got them), and a phrase the token rules ran on into a time
     * ("to Sinhung Trading last") is no time. An item that starts where the frame's does is bounded as
     * the parse bounds it.
     */
    private static Claim readAsFramed(Claim tokenClaim, List<Claim> framed) {
        List<ClaimArgument> frameArgs = framed.stream().flatMap(f -> f.arguments().stream()).toList();
        List<ClaimArgument> args = new ArrayList<>();
        for (ClaimArgument t : tokenClaim.arguments()) {
            if (t.role().equals(ITEM)) {
                // the same thing, as the parse bounds it ("pianos", not "pianos worth $3 million")
                ClaimArgument parsed = frameArgs.stream().filter(a -> a.role().equals(ITEM) && sameStart(a, t)).findFirst().orElse(t);
                args.add(parsed);
                continue;
            }
            boolean side = PARTIES_AND_ITEM.contains(t.role()); // the item was taken above
            boolean readAlike = frameArgs.stream().anyMatch(a -> a.role().equals(t.role()) && overlap(a, t));
            ClaimArgument chosen = readAlike || !side && !t.role().equals(DELIVERED_TO) ? t : frameArgs.stream()
                    .filter(a -> !PARTIES_AND_ITEM.contains(a.role()) && overlap(a, t) && (MODEL.isParty(a.role())
                            || !side && MODEL.requireRole(a.role()).type() == EventModel.ValueType.PLACE))
                    .findFirst().orElse(t);
            if (args.stream().noneMatch(b -> b.role().equals(chosen.role()) && overlap(b, chosen))) {
                args.add(chosen);
            }
        }
        return args.equals(tokenClaim.arguments()) ? tokenClaim : tokenClaim.withArguments(args);
    }

    private static boolean overlap(ClaimArgument a, ClaimArgument b) {
        return a.span() != null && b.span() != null && a.span().start() < b.span().end() && b.span().start() < a.span().end();
    }

    private static boolean sameStart(ClaimArgument a, ClaimArgument b) {
        return a.span() != null && b.span() != null && a.span().start() == b.span().start();
    }

    /** The most of giver, recipient and item any transfer-like claim names. */
    private static int completeness(List<Claim> claims) {
        int best = 0;
        for (Claim c : claims) {
            if (c.type() == ClaimType.TRANSFER || c.type() == ClaimType.ALLEGATION) {
                int n = 0;
                for (String role : PARTIES_AND_ITEM) {
                    n += c.argument(role).isPresent() ? 1 : 0;
                }
                best = Math.max(best, n);
            }
        }
        return best;
    }

    /** No frame of the sentence was denied or prohibited: the token rules know neither reading. */
    private static boolean heldAsEvents(List<Claim> framed) {
        return framed.stream().noneMatch(c -> c.modality() == Modality.DENIED || c.eventKind().equals(PROHIBITION));
    }

    /** The first date the sentence states outside a relative clause, else the report's date as an upper bound. */
    private DateRange sentenceInterval(AnalyzedSentence s, DateReader.Narrative narrative, String published) {
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).ner().equals("DATE") && !inRelativeClause(s, s.get(i).start())) {
                DateRange d = intervals.read(s.tokens(), i, narrative);
                if (d != null) {
                    return d;
                }
            }
        }
        return DateReader.upperBound(published);
    }

    private List<String> hedges(SentenceContext c) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < c.size(); i++) {
            String l = c.lower(i);
            // "a maker that would produce cars" hedges the relative clause, not the claim
            if (lex.hedges().contains(l) && !out.contains(l) && !inRelativeClause(c.s, c.t(i).start())) {
                // "May" the month is not a hedge
                if (!(c.t(i).capitalized() && i > 0 && c.t(i).is("PROPN"))) {
                    out.add(l);
                }
            }
        }
        return out;
    }

    /** A sentence being worked on, with what every rule shares. */
    final class Sentence {
        final SentenceContext c;
        final Document doc;
        final List<AttributionLink> chain;
        final List<String> hedges;
        final String time;

        Sentence(SentenceContext c, Document doc, List<AttributionLink> chain, List<String> hedges) {
            this.c = c;
            this.doc = doc;
            this.chain = chain;
            this.hedges = hedges;
            this.time = dates.findAll(c.s.text(), doc.publishedDate()).stream()
                    .filter(d -> !inRelativeClause(c.s, c.s.start() + d.start()))
                    .map(DateFinder.Found::iso).findFirst()
                    .orElse(doc.publishedDate() == null ? "" : doc.publishedDate());
        }

        Modality modality(ClaimType type) {
            if (type == ClaimType.DENIAL) {
                return Modality.DENIED;
            }
            if (type == ClaimType.ALLEGATION) {
                return Modality.ALLEGED;
            }
            if (type == ClaimType.STATEMENT || type == ClaimType.QUOTE || type == ClaimType.CONFIRMATION) {
                return Modality.REPORTED; // the source reports what someone said; hedges belong to the content
            }
            if (!hedges.isEmpty()) {
                return Modality.SPECULATIVE;
            }
            return chain.size() > 1 ? Modality.REPORTED : Modality.ASSERTED;
        }

        Claim claim(ClaimType type, String predicate, List<ClaimArgument> args, int missing) {
            return claim(type, predicate, args, missing, modality(type));
        }

        Claim claim(ClaimType type, String predicate, List<ClaimArgument> args, int missing, Modality m) {
            double base = switch (m) {
                case ASSERTED -> 0.8;
                case REPORTED -> 0.7;
                case DENIED -> 0.6;
                case SPECULATIVE -> 0.5;
                case ALLEGED -> 0.4;
            };
            double confidence = Math.max(0.1, base - 0.15 * missing);
            TextSpan span = TextSpan.of(doc.text(), c.s.start(), c.s.end());
            Claim draft = new Claim("", "", "", type, predicate, args, m, hedges, chain, span, time,
                    Math.round(confidence * 100) / 100.0, "");
            return new Claim("", "", "", type, predicate, args, m, hedges, chain, span, time, draft.confidence(),
                    Summaries.of(draft, lex));
        }
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "which", "who", "whom", "whose");

    /**
     * "the yacht that she bought at an auction in 2015": a date inside a relative clause
     * dates that clause, not what the sentence claims. A relative pronoun follows a noun; "said
     * that" (a verb before it) opens the reported claim itself.
     */
    static boolean inRelativeClause(AnalyzedSentence s, int offset) {
        for (int i = s.indexAt(offset) - 1; i > 0; i--) {
            Token t = s.get(i);
            if (t.text().equals(",") || t.text().equals(";")) {
                return false;
            }
            if (RELATIVE_PRONOUNS.contains(t.lower()) && s.get(i - 1).isNounLike()) {
                return true;
            }
        }
        return false;
    }

    static Optional<ClaimArgument> first(List<ClaimArgument> args, String role) {
        return args.stream().filter(a -> a.role().equals(role)).findFirst();
    }

    /** Whether some argument fills the role. */
    static boolean has(List<ClaimArgument> args, String role) {
        return first(args, role).isPresent();
    }

    static boolean any(Set<String> words, String w) {
        return words.contains(w);
    }
}
