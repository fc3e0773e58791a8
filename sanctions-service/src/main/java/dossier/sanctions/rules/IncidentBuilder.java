package dossier.sanctions.rules;

import dossier.model.v1.EventKind;
import dossier.model.v1.Role;
import dossier.sanctions.domain.Amount;
import dossier.sanctions.domain.ArgFact;
import dossier.sanctions.domain.CaseFacts;
import dossier.sanctions.domain.ClaimFact;
import dossier.sanctions.domain.ClaimKind;
import dossier.sanctions.domain.ConflictFact;
import dossier.sanctions.domain.EntityFact;
import dossier.sanctions.domain.Interval;
import dossier.sanctions.domain.Modality;
import dossier.sanctions.domain.SourceFact;
import dossier.sanctions.lists.CountryCodes;
import dossier.sanctions.measures.ItemClassification;
import dossier.sanctions.measures.ItemClassifier;
import dossier.support.model.EventModel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a case's claims into incidents: transfer claims grouped by (giver, recipient); allegations
 * of a supply become "alleged_" incidents unless they concern an already reported transfer between
 * the same parties; claims of services or employment become incidents of their own kind. Then
 * attaches states, item-side parties (maker, carrier, operator ...), item, date interval,
 * confirmations, denials, asserters and independence.
 */
public final class IncidentBuilder {
    /** Roles of the event model besides giver and recipient that name parties to keep on the incident. */
    private static final List<Role> OTHER_PARTY_ROLES = List.of(Role.ROLE_MANUFACTURER, Role.ROLE_CARRIER, Role.ROLE_OPERATOR,
            Role.ROLE_INTERMEDIARY, Role.ROLE_BENEFICIARY, Role.ROLE_EMPLOYER);
    private static final Set<EventKind> TRANSFER_KINDS = Set.of(EventKind.EVENT_KIND_TRANSFER, EventKind.EVENT_KIND_SHIPMENT,
            EventKind.EVENT_KIND_EXPORT, EventKind.EVENT_KIND_PROCUREMENT);

    private final ItemClassifier classifier;
    private final Set<String> supplyVerbs;
    private final ConductVocabulary vocabulary;
    private final EvidenceWeights weights;

    public IncidentBuilder(ItemClassifier classifier, Collection<String> supplyVerbs, ConductVocabulary vocabulary,
                           EvidenceWeights weights) {
        this.classifier = classifier;
        this.vocabulary = vocabulary;
        this.weights = weights;
        this.supplyVerbs = new HashSet<>();
        supplyVerbs.forEach(v -> this.supplyVerbs.add(v.toLowerCase(Locale.ROOT)));
    }

    public List<IncidentDraft> build(CaseFacts facts, EntityLookup lookup) {
        Map<String, IncidentDraft> groups = new LinkedHashMap<>();
        // Claims naming both sides first, so that vaguer claims can join their incident.
        List<ClaimFact> events = facts.claims().stream().filter(this::isEvent)
                .sorted(Comparator.comparingInt(c -> weakSides(c, lookup))).toList();
        for (ClaimFact c : events) {
            addToGroup(groups, kindOf(c, false), c, lookup);
        }
        for (ClaimFact c : facts.claims()) {
            if (c.kind() == ClaimKind.ALLEGATION && isSupply(c)) {
                PartyRef g = party(c, Role.ROLE_GIVER, lookup);
                PartyRef r = party(c, Role.ROLE_RECIPIENT, lookup);
                IncidentDraft same = groups.get(groupKey(kindOf(c, false), g, r));
                if (same != null) {
                    same.claims.add(c);
                } else {
                    addToGroup(groups, kindOf(c, true), c, lookup);
                }
            }
        }
        List<IncidentDraft> out = new ArrayList<>(groups.values());
        for (IncidentDraft d : out) {
            states(d);
        }
        out = mergeSameStates(out);
        Map<String, SourceFact> sources = facts.sourcesById();
        long transfers = out.stream().filter(x -> x.kind.equals(IncidentDraft.TRANSFER)).count();
        for (IncidentDraft d : out) {
            d.id = "inc-" + shortHash(d.kind + "|" + d.giver.key() + "|" + d.recipient.key());
            List<ClaimFact> anchored = anchored(d, lookup);
            others(d, lookup);
            destinations(d, anchored);
            item(d, anchored);
            interval(d, anchored, sources);
            modalityAndHedges(d);
            confirmationsAndDenials(d, facts, lookup, (int) transfers);
            asserters(d, lookup);
            independence(d, facts, sources);
            text(d);
        }
        return out;
    }

    /** A claim that reports an event of the transfer family (or a service, or employment). */
    private boolean isEvent(ClaimFact c) {
        if (c.kind() == ClaimKind.TRANSFER) {
            return true;
        }
        return c.kind() != ClaimKind.ALLEGATION && c.kind() != ClaimKind.DENIAL
                && (TRANSFER_KINDS.contains(c.eventKind()) || c.eventKind() == EventKind.EVENT_KIND_EMPLOYMENT);
    }

    private String kindOf(ClaimFact c, boolean alleged) {
        String base;
        if (c.eventKind() == EventKind.EVENT_KIND_EMPLOYMENT || ConductVocabulary.in(vocabulary.employment(), c.predicate())) {
            base = IncidentDraft.EMPLOYMENT;
        } else if (ConductVocabulary.in(vocabulary.service(), c.predicate())) {
            base = IncidentDraft.SERVICE;
        } else {
            base = IncidentDraft.TRANSFER;
        }
        return alleged ? IncidentDraft.ALLEGED + base : base;
    }

    /**
     * "X gave Y a car" and "X delivered a car to Y's country" describe one transfer: incidents of
     * the same kind merge when each side is the same party, or one of them names only the state
     * the other party acts for. The named person or body is kept as the side.
     */
    private static List<IncidentDraft> mergeSameStates(List<IncidentDraft> drafts) {
        List<IncidentDraft> out = new ArrayList<>();
        for (IncidentDraft d : drafts) {
            IncidentDraft into = null;
            for (IncidentDraft o : out) {
                boolean giverFits = sameSide(o.giver, o.giverStates, d.giver, d.giverStates);
                boolean recipientFits = sameSide(o.recipient, o.recipientStates, d.recipient, d.recipientStates);
                // At least one side must really match unless the newcomer names no side at all.
                boolean anchored = strongMatch(o.giver, o.giverStates, d.giver, d.giverStates)
                        || strongMatch(o.recipient, o.recipientStates, d.recipient, d.recipientStates)
                        || (weak(d.giver) && weak(d.recipient));
                if (o.kind.equals(d.kind) && giverFits && recipientFits && anchored) {
                    into = o;
                    break;
                }
            }
            if (into == null) {
                out.add(d);
                continue;
            }
            into.claims.addAll(d.claims);
            if ((weak(into.giver) && !weak(d.giver)) || (stateOnly(into.giver) && !stateOnly(d.giver) && !weak(d.giver))) {
                into.giver = d.giver;
                into.giverStateBasis = d.giverStateBasis;
            }
            if ((weak(into.recipient) && !weak(d.recipient))
                    || (stateOnly(into.recipient) && !stateOnly(d.recipient) && !weak(d.recipient))) {
                into.recipient = d.recipient;
                into.recipientStateBasis = d.recipientStateBasis;
            }
            into.giverStates.addAll(d.giverStates);
            into.recipientStates.addAll(d.recipientStates);
        }
        return out;
    }

    private static boolean sameSide(PartyRef a, Set<String> aStates, PartyRef b, Set<String> bStates) {
        return weak(a) || weak(b) || strongMatch(a, aStates, b, bStates);
    }

    private static boolean strongMatch(PartyRef a, Set<String> aStates, PartyRef b, Set<String> bStates) {
        if (!weak(a) && a.key().equals(b.key())) {
            return true;
        }
        boolean overlap = aStates.stream().anyMatch(bStates::contains);
        return overlap && (stateOnly(a) || stateOnly(b));
    }

    /** A side that is a state (a country entity, or an unresolved country name), not a person or body. */
    private static boolean stateOnly(PartyRef p) {
        return p.isCountry() || (p.entityId().isEmpty() && CountryCodes.toAlpha2(p.name()).isPresent());
    }

    /**
     * A side that says little about who gave or received: nothing, an unresolved description that
     * is not a country, or an unverified entity (made from an unknown mention) with no country.
     */
    static boolean weak(PartyRef p) {
        if (!p.known()) {
            return true;
        }
        boolean noInfo = p.entity().map(e -> !e.verified() && e.countries().isEmpty() && !e.isCountry()).orElse(true);
        return noInfo && CountryCodes.toAlpha2(p.name()).isEmpty();
    }

    /** Claims that name both sides: the ones whose item and date describe this very transfer. */
    private static List<ClaimFact> anchored(IncidentDraft d, EntityLookup lookup) {
        List<ClaimFact> strong = d.claims.stream().filter(c -> weakSides(c, lookup) == 0).toList();
        return strong.isEmpty() ? d.claims : strong;
    }

    private static int weakSides(ClaimFact c, EntityLookup lookup) {
        return (weak(party(c, Role.ROLE_GIVER, lookup)) ? 1 : 0) + (weak(party(c, Role.ROLE_RECIPIENT, lookup)) ? 1 : 0);
    }

    private boolean isSupply(ClaimFact c) {
        boolean verb = supplyVerbs.contains(c.predicate().toLowerCase(Locale.ROOT)) || TRANSFER_KINDS.contains(c.eventKind());
        boolean hasParties = c.first(Role.ROLE_GIVER).isPresent() || c.first(Role.ROLE_RECIPIENT).isPresent();
        return verb && (hasParties || c.first(Role.ROLE_ITEM).isPresent());
    }

    private void addToGroup(Map<String, IncidentDraft> groups, String kind, ClaimFact c, EntityLookup lookup) {
        PartyRef g = party(c, giverRole(kind), lookup);
        PartyRef r = party(c, recipientRole(kind), lookup);
        IncidentDraft target = groups.get(groupKey(kind, g, r));
        if (target == null && (weak(g) || weak(r))) {
            // A claim naming one side only (or the other by an unresolved description) belongs to
            // the incident that has that side.
            for (IncidentDraft d : groups.values()) {
                if (d.kind.equals(kind) && ((!weak(g) && d.giver.key().equals(g.key()) && weak(r))
                        || (!weak(r) && d.recipient.key().equals(r.key()) && weak(g)))) {
                    target = d;
                    break;
                }
            }
        }
        if (target == null) {
            target = new IncidentDraft();
            target.kind = kind;
            target.giver = g;
            target.recipient = r;
            groups.put(groupKey(kind, g, r), target);
        } else {
            if (weak(target.giver) && !weak(g)) {
                target.giver = g;
            }
            if (weak(target.recipient) && !weak(r)) {
                target.recipient = r;
            }
        }
        target.claims.add(c);
    }

    /** In an employment the workers come from the giving side, the employer is the receiving one. */
    private static Role giverRole(String kind) {
        return kind.endsWith(IncidentDraft.EMPLOYMENT) ? Role.ROLE_WORKER : Role.ROLE_GIVER;
    }

    private static Role recipientRole(String kind) {
        return kind.endsWith(IncidentDraft.EMPLOYMENT) ? Role.ROLE_EMPLOYER : Role.ROLE_RECIPIENT;
    }

    private static String groupKey(String kind, PartyRef g, PartyRef r) {
        return kind + "|" + g.key() + "|" + r.key();
    }

    static PartyRef party(ClaimFact c, Role role, EntityLookup lookup) {
        Optional<ArgFact> a = c.first(role);
        if (a.isEmpty()) {
            return PartyRef.NONE;
        }
        String id = a.get().entityId();
        return new PartyRef(id, a.get().value(), id.isEmpty() ? Optional.empty() : lookup.find(id));
    }

    /** A state is the country entity itself, else the countries of the person or body acting. */
    private static void states(IncidentDraft d) {
        d.giverStateBasis = statesOf(d.giver, d.giverStates);
        d.recipientStateBasis = statesOf(d.recipient, d.recipientStates);
    }

    private static String statesOf(PartyRef p, Set<String> out) {
        if (p.entity().isPresent()) {
            EntityFact e = p.entity().get();
            if (e.isCountry()) {
                if (!e.countries().isEmpty()) {
                    out.addAll(e.countries());
                } else {
                    CountryCodes.toAlpha2(e.caption()).ifPresent(out::add);
                }
                return e.caption() + " is itself a state";
            }
            out.addAll(e.countries());
            if (!out.isEmpty()) {
                String office = e.positions().isEmpty() ? "" : " (" + e.positions().get(0) + ")";
                return e.caption() + office + " acts for "
                        + out.stream().map(RuleEngine::countryName).collect(java.util.stream.Collectors.joining(", "));
            }
        }
        if (!p.name().isEmpty()) {
            Optional<String> c = CountryCodes.toAlpha2(p.name());
            if (c.isPresent()) {
                out.add(c.get());
                return "'" + p.name() + "' names the state " + c.get();
            }
        }
        return "";
    }

    /** Manufacturer, carrier, operator, intermediary, beneficiary: whoever the claims name in those roles. */
    private static void others(IncidentDraft d, EntityLookup lookup) {
        for (ClaimFact c : d.claims) {
            for (Role role : OTHER_PARTY_ROLES) {
                if (d.employment() && role == Role.ROLE_EMPLOYER) {
                    continue;
                }
                for (ArgFact a : c.all(role)) {
                    if (a.value().isBlank() && a.entityId().isEmpty()) {
                        continue;
                    }
                    PartyRef p = new PartyRef(a.entityId(), a.value(), a.entityId().isEmpty() ? Optional.empty() : lookup.find(a.entityId()));
                    List<PartyRef> list = d.others.computeIfAbsent(role, k -> new ArrayList<>());
                    if (list.stream().noneMatch(x -> x.key().equals(p.key()))) {
                        list.add(p);
                    }
                }
            }
        }
    }

    /** "delivered to North Korea": a destination or delivery place naming a state counts for the receiving side. */
    private static void destinations(IncidentDraft d, List<ClaimFact> claims) {
        if (!d.recipientStates.isEmpty()) {
            return;
        }
        for (ClaimFact c : claims) {
            for (Role role : List.of(Role.ROLE_DESTINATION, Role.ROLE_DELIVERED_TO)) {
                for (ArgFact a : c.all(role)) {
                    Optional<String> s = CountryCodes.toAlpha2(a.value());
                    if (s.isPresent() && d.recipientStates.add(s.get())) {
                        d.recipientStateBasis = "the claims name the destination '" + a.value() + "'";
                    }
                }
            }
        }
    }

    private void item(IncidentDraft d, List<ClaimFact> claims) {
        Set<String> items = new LinkedHashSet<>();
        Role itemRole = d.employment() ? Role.ROLE_WORKER : Role.ROLE_ITEM;
        for (ClaimFact c : claims) {
            for (ArgFact a : c.all(itemRole)) {
                if (!a.value().isBlank()) {
                    items.add(a.value().trim());
                    d.itemClaims.add(c);
                }
            }
            for (ArgFact a : c.all(Role.ROLE_VALUE)) {
                if (d.value == null) {
                    d.value = amount(a);
                }
            }
        }
        if (d.employment() && items.isEmpty() && !d.giver.name().isEmpty()) {
            items.add(d.giver.name());
        }
        d.item = String.join("; ", items);
        d.itemNamed = items.stream().max(Comparator.comparingLong(IncidentBuilder::properWords)
                .thenComparingInt(String::length)).orElse("");
        d.classification = d.employment() ? ItemClassification.unknown(d.item) : classifier.classify(d.item);
    }

    /** The amount of a value argument: the structured one when given, else an old-style normalised number (currency unknown). */
    private static Amount amount(ArgFact a) {
        if (a.amount() != null) {
            return a.amount();
        }
        if (!a.normalized().isEmpty()) {
            String n = a.normalized();
            String currency = n.toUpperCase(Locale.ROOT).contains("USD") || n.contains("$") ? "USD" : "";
            try {
                return new Amount(Double.parseDouble(n.replaceAll("[^0-9.]", "")), "", currency, Amount.Comparator.UNSPECIFIED);
            } catch (NumberFormatException ignored) {
                // A value we cannot read stays unknown.
            }
        }
        return null;
    }

    /** "a Brand Model sedan" names the item more precisely than "a luxury car": count the names in it. */
    private static long properWords(String phrase) {
        return java.util.Arrays.stream(phrase.split("\\s+")).skip(1)
                .filter(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))).count();
    }

    /**
     * When it happened, as an interval: the dates the claims state (they must agree), bounded from
     * above by the earliest report (a report can show an event came before a date, never after),
     * and from below by when the make or model was first shown.
     */
    private static void interval(IncidentDraft d, List<ClaimFact> claims, Map<String, SourceFact> sources) {
        List<String> notes = new ArrayList<>();
        Interval text = null;
        boolean disagree = false;
        for (ClaimFact c : claims) {
            Interval stated = stated(c, sources);
            if (stated == null) {
                continue;
            }
            if (text == null) {
                text = stated;
                d.dateClaim = c;
            } else {
                Interval both = text.and(stated);
                if (both == text && !stated.equals(text) && !contains(text, stated)) {
                    disagree = true;
                } else {
                    text = both;
                }
            }
        }
        Interval result = Interval.OPEN;
        if (text != null && !disagree) {
            result = text;
            notes.add("the date the claims give (" + text.text() + ")");
        } else if (disagree) {
            notes.add("the claims give differing dates, so none is used");
        }
        LocalDate reported = null;
        ClaimFact reportClaim = null;
        for (ClaimFact c : claims) {
            SourceFact s = sources.get(c.sourceId());
            LocalDate p = s == null ? null : parseDay(s.publishedDate());
            if (p != null && (reported == null || p.isBefore(reported))) {
                reported = p;
                reportClaim = c;
            }
        }
        if (reported != null) {
            result = result.and(new Interval(null, reported, "upper_bound", "publication"));
            notes.add("no later than its earliest report (" + reported + ")");
            if (d.dateClaim == null) {
                d.dateClaim = reportClaim;
            }
        }
        if (d.classification != null && d.classification.make().isPresent() && d.classification.make().get().introduced() != null) {
            var make = d.classification.make().get();
            result = result.and(new Interval(LocalDate.parse(make.introduced()), null, "", "model introduced"));
            notes.add("no earlier than " + make.introduced() + " (" + (make.introducedNote() == null ? "the model was introduced then"
                    : make.introducedNote()) + ")");
        }
        d.interval = result;
        d.intervalNote = String.join("; ", notes);
    }

    private static boolean contains(Interval outer, Interval inner) {
        return (outer.start() == null || (inner.start() != null && !inner.start().isBefore(outer.start())))
                && (outer.end() == null || (inner.end() != null && !inner.end().isAfter(outer.end())));
    }

    /** A date the claim states: a time argument, the claim's interval, or a claim time that is not its report's date. */
    private static Interval stated(ClaimFact c, Map<String, SourceFact> sources) {
        for (ArgFact a : c.all(Role.ROLE_TIME)) {
            if (a.interval() != null && !a.interval().open() && !"publication".equals(a.interval().basis())) {
                return a.interval();
            }
            Interval parsed = parse(a.normalized().isEmpty() ? a.value() : a.normalized(), "text");
            if (parsed != null) {
                return parsed;
            }
        }
        if (c.interval() != null && !c.interval().open() && !"publication".equals(c.interval().basis())) {
            return c.interval();
        }
        SourceFact s = sources.get(c.sourceId());
        String published = s == null ? "" : s.publishedDate();
        if (!c.time().isEmpty() && (published.isEmpty() || !c.time().startsWith(published.length() > 10 ? published.substring(0, 10) : published))) {
            return parse(c.time(), "text");
        }
        return null;
    }

    /** "2024", "2024-02" and "2024-02-18" (and instants) as intervals; anything else is no date. */
    static Interval parse(String s, String basis) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        try {
            if (t.matches("\\d{4}")) {
                int y = Integer.parseInt(t);
                return new Interval(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), "year", basis);
            }
            if (t.matches("\\d{4}-\\d{2}")) {
                YearMonth ym = YearMonth.parse(t);
                return new Interval(ym.atDay(1), ym.atEndOfMonth(), "month", basis);
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                LocalDate day = LocalDate.parse(t.substring(0, 10));
                return new Interval(day, day, "day", basis);
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    private static LocalDate parseDay(String s) {
        Interval i = parse(s, "publication");
        return i == null ? null : i.end();
    }

    static int strength(Modality m) {
        return switch (m) {
            case ASSERTED -> 5;
            case REPORTED -> 4;
            case SPECULATIVE -> 3;
            case ALLEGED -> 2;
            case DENIED -> 1;
            default -> 0;
        };
    }

    private static void modalityAndHedges(IncidentDraft d) {
        for (ClaimFact c : d.claims) {
            if (strength(c.modality()) > strength(d.modality)) {
                d.modality = c.modality();
            }
            c.hedges().forEach(h -> d.hedges.add(h.toLowerCase(Locale.ROOT)));
        }
    }

    private void confirmationsAndDenials(IncidentDraft d, CaseFacts facts, EntityLookup lookup, int transferCount) {
        Set<String> partyIds = partyIds(d);
        Set<String> incidentSources = new HashSet<>();
        d.claims.forEach(c -> incidentSources.add(c.sourceId()));
        for (ClaimFact c : facts.claims()) {
            if (c.kind() != ClaimKind.CONFIRMATION && c.kind() != ClaimKind.DENIAL) {
                continue;
            }
            // Confirmations confirm reported transfers; a denial by an unnamed speaker answers the
            // allegations of its own source.
            boolean related = relates(c, d, partyIds)
                    || (c.kind() == ClaimKind.CONFIRMATION && d.kind.equals(IncidentDraft.TRANSFER)
                    && (transferCount == 1 || speakerOfSideState(c, d, lookup) && incidentSources.contains(c.sourceId())))
                    || (c.kind() == ClaimKind.DENIAL && d.alleged()
                    && incidentSources.contains(c.sourceId()) && noEntities(c));
            if (!related) {
                continue;
            }
            if (c.kind() == ClaimKind.DENIAL) {
                d.denials.add(c);
                continue;
            }
            if (c.modality() == Modality.DENIED || c.modality() == Modality.SPECULATIVE) {
                continue;
            }
            d.confirmations.add(c);
        }
    }

    private static Set<String> partyIds(IncidentDraft d) {
        Set<String> partyIds = new HashSet<>();
        for (PartyRef p : List.of(d.giver, d.recipient)) {
            if (!p.entityId().isEmpty()) {
                partyIds.add(p.entityId());
            }
        }
        return partyIds;
    }

    private boolean relates(ClaimFact c, IncidentDraft d, Set<String> partyIds) {
        for (ArgFact a : c.args()) {
            if (a.hasEntity() && partyIds.contains(a.entityId()) && a.role() != Role.ROLE_SPEAKER) {
                return true;
            }
            if (d.classification.known() && (a.role() == Role.ROLE_ITEM || a.role() == Role.ROLE_SUBJECT)) {
                ItemClassification other = classifier.classify(a.value());
                if (other.known() && other.hs().equals(d.classification.hs())) {
                    return true;
                }
            }
        }
        // A denial spoken by a party of the incident concerns it.
        if (c.kind() == ClaimKind.DENIAL) {
            for (ArgFact a : c.all(Role.ROLE_SPEAKER)) {
                if (partyIds.contains(a.entityId())) {
                    return true;
                }
            }
            for (var link : c.attribution()) {
                if (partyIds.contains(link.entityId())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean speakerOfSideState(ClaimFact c, IncidentDraft d, EntityLookup lookup) {
        return Speakers.speaker(c, lookup).flatMap(PartyRef::entity)
                .map(e -> e.countries().stream().anyMatch(s -> d.giverStates.contains(s) || d.recipientStates.contains(s)))
                .orElse(false);
    }

    private static boolean noEntities(ClaimFact c) {
        return c.args().stream().noneMatch(ArgFact::hasEntity);
    }

    /** Who asserts each claim of the incident and each confirmation (evidence-weights.json's kinds). */
    private void asserters(IncidentDraft d, EntityLookup lookup) {
        Set<String> partyIds = partyIds(d);
        List<ClaimFact> all = new ArrayList<>(d.claims);
        all.addAll(d.confirmations);
        for (ClaimFact c : all) {
            if (c.modality() == Modality.DENIED) {
                continue;
            }
            Optional<PartyRef> speaker = Speakers.speaker(c, lookup);
            String kind = asserterKind(c, speaker, partyIds);
            d.asserters.put(c, kind);
            d.asserterNames.put(c, speaker.map(PartyRef::label).orElse(c.attribution().isEmpty() ? "" : c.attribution().get(0).name()));
        }
    }

    String asserterKind(ClaimFact c, Optional<PartyRef> speaker, Set<String> partyIds) {
        String who = speaker.map(p -> p.name() + " " + p.label()).orElse("").toLowerCase(Locale.ROOT);
        String attribution = c.attribution().stream().map(a -> a.name() + " " + a.verb())
                .reduce("", (a, b) -> a + " " + b).toLowerCase(Locale.ROOT);
        for (String kind : List.of("investigator", "state-media")) {
            if (mentions(weights.asserter(kind).words(), who + " " + attribution)) {
                return kind;
            }
        }
        if (speaker.isPresent() && official(speaker.get(), partyIds)) {
            return "official";
        }
        if (mentions(weights.asserter("anonymous").words(), who + " " + attribution + " " + c.summary().toLowerCase(Locale.ROOT))) {
            return "anonymous";
        }
        return "press";
    }

    private static boolean mentions(List<String> words, String text) {
        return words.stream().anyMatch(w -> text.contains(w.toLowerCase(Locale.ROOT)));
    }

    /** An official: a public body, a holder of an office, a spokesperson, or one of the parties themselves. */
    boolean official(PartyRef speaker, Set<String> partyIds) {
        if (!speaker.entityId().isEmpty() && partyIds.contains(speaker.entityId())) {
            return true;
        }
        if (speaker.entity().isPresent()) {
            EntityFact e = speaker.entity().get();
            if (e.kind() == EntityFact.Kind.PUBLIC_BODY || !e.positions().isEmpty()) {
                return true;
            }
            boolean spokes = e.relationshipTypes().stream().anyMatch(r -> r.startsWith("SPOKESPERSON")
                    || r.equals("ROLE") || r.equals("LEADER_OF"));
            if (spokes) {
                return true;
            }
        }
        String text = speaker.name().toLowerCase(Locale.ROOT);
        return mentions(weights.asserter("official").words(), text);
    }

    /** Sources backing the incident without hedging; near copies of each other count once. */
    private static void independence(IncidentDraft d, CaseFacts facts, Map<String, SourceFact> sources) {
        Set<String> backing = new LinkedHashSet<>();
        for (ClaimFact c : d.claims) {
            if (c.modality() == Modality.ASSERTED || c.modality() == Modality.REPORTED) {
                backing.add(c.sourceId());
            }
        }
        for (ClaimFact c : d.confirmations) {
            backing.add(c.sourceId());
        }
        Set<String> lines = new LinkedHashSet<>();
        for (String s : backing) {
            SourceFact src = sources.get(s);
            String root = src != null && !src.nearCopyOf().isEmpty() && backing.contains(src.nearCopyOf()) ? src.nearCopyOf() : s;
            lines.add(root);
        }
        d.independentSources.addAll(lines);
        int best = lines.size();
        Set<String> ids = new HashSet<>();
        d.claims.forEach(c -> ids.add(c.id()));
        for (ConflictFact cor : facts.corroborations()) {
            for (ConflictFact.SlotValue v : cor.values()) {
                if (v.claimIds().stream().anyMatch(ids::contains)) {
                    best = Math.max(best, v.independentLines());
                }
            }
        }
        d.independentLines = best;
        for (ConflictFact conflict : facts.conflicts()) {
            for (ConflictFact.SlotValue v : conflict.values()) {
                if (v.claimIds().stream().anyMatch(ids::contains)) {
                    d.conflictNotes.add(conflict.description().isEmpty() ? conflict.slot() : conflict.description());
                    break;
                }
            }
        }
    }

    private static void text(IncidentDraft d) {
        StringBuilder b = new StringBuilder(d.item).append(' ');
        for (ClaimFact c : d.claims) {
            b.append(c.span().text()).append(' ').append(c.summary()).append(' ');
            c.args().forEach(a -> b.append(a.value()).append(' '));
        }
        d.text = b.toString().toLowerCase(Locale.ROOT);
    }

    static String shortHash(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The event model's wire name of a role, for labels on incidents and parties. */
    static String wire(Role r) {
        return EventModel.wire(r);
    }
}
