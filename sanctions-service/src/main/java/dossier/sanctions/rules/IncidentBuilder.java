package dossier.sanctions.rules;

import dossier.entity.v1.Entity;
import dossier.entity.v1.Schema;
import dossier.sanctions.lists.CountryCodes;
import dossier.sanctions.measures.ItemClassifier;
import dossier.source.v1.Claim;
import dossier.source.v1.ClaimArgument;
import dossier.source.v1.ClaimType;
import dossier.source.v1.Conflict;
import dossier.source.v1.Corroboration;
import dossier.source.v1.Modality;
import dossier.source.v1.SlotValue;
import dossier.source.v1.Source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
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
 * Turns a case's claims into incidents: TRANSFER claims grouped by (giver, recipient); ALLEGATION
 * claims of a supply become "alleged_transfer" incidents unless they concern an already reported
 * transfer between the same parties. Then attaches confirmations, denials, states, item and date.
 */
public final class IncidentBuilder {
    /** Words that make a speaker an official voice (offices, not names). */
    private static final List<String> OFFICIAL_WORDS = List.of("spokesman", "spokeswoman", "spokesperson", "minister",
            "ministry", "president", "government", "official", "secretary", "ambassador", "embassy", "press secretary",
            "prime minister", "foreign ministry", "chairman", "leader", "head of state");

    private final ItemClassifier classifier;
    private final Set<String> supplyVerbs;

    public IncidentBuilder(ItemClassifier classifier, Collection<String> supplyVerbs) {
        this.classifier = classifier;
        this.supplyVerbs = new HashSet<>();
        supplyVerbs.forEach(v -> this.supplyVerbs.add(v.toLowerCase(Locale.ROOT)));
    }

    public List<IncidentDraft> build(CaseFacts facts, EntityLookup lookup) {
        Map<String, IncidentDraft> groups = new LinkedHashMap<>();
        // Claims naming both sides first, so that vaguer claims can join their incident.
        List<Claim> transfers = facts.claims().stream().filter(c -> c.getType() == ClaimType.TRANSFER)
                .sorted(java.util.Comparator.comparingInt(c -> weakSides(c, lookup))).toList();
        for (Claim c : transfers) {
            addToGroup(groups, "transfer", c, lookup);
        }
        for (Claim c : facts.claims()) {
            if (c.getType() == ClaimType.ALLEGATION && isSupply(c)) {
                PartyRef g = party(c, "giver", lookup);
                PartyRef r = party(c, "recipient", lookup);
                IncidentDraft same = groups.get(groupKey("transfer", g, r));
                if (same != null) {
                    same.claims.add(c);
                } else {
                    addToGroup(groups, "alleged_transfer", c, lookup);
                }
            }
        }
        List<IncidentDraft> out = new ArrayList<>(groups.values());
        for (IncidentDraft d : out) {
            states(d, lookup);
        }
        out = mergeSameStates(out);
        Map<String, Source> sources = facts.sourcesById();
        for (IncidentDraft d : out) {
            d.id = "inc-" + shortHash(d.kind + "|" + d.giver.key() + "|" + d.recipient.key());
            item(d, anchored(d, lookup));
            date(d, anchored(d, lookup), sources);
            modalityAndHedges(d);
            confirmationsAndDenials(d, facts, lookup, (int) out.stream().filter(x -> x.kind.equals("transfer")).count());
            independence(d, facts, sources);
        }
        return out;
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
        boolean noInfo = p.entity().map(e -> !e.getVerified() && e.getCountriesCount() == 0 && e.getSchema() != Schema.COUNTRY)
                .orElse(true);
        return noInfo && CountryCodes.toAlpha2(p.name()).isEmpty();
    }

    /** Claims that name both sides: the ones whose item and date describe this very transfer. */
    private static List<Claim> anchored(IncidentDraft d, EntityLookup lookup) {
        List<Claim> strong = d.claims.stream().filter(c -> weakSides(c, lookup) == 0).toList();
        return strong.isEmpty() ? d.claims : strong;
    }

    private static int weakSides(Claim c, EntityLookup lookup) {
        return (weak(party(c, "giver", lookup)) ? 1 : 0) + (weak(party(c, "recipient", lookup)) ? 1 : 0);
    }

    private boolean isSupply(Claim c) {
        boolean verb = supplyVerbs.contains(c.getPredicate().toLowerCase(Locale.ROOT));
        boolean hasParties = ClaimArgs.first(c, "giver").isPresent() || ClaimArgs.first(c, "recipient").isPresent();
        return verb && (hasParties || ClaimArgs.first(c, "item").isPresent());
    }

    private void addToGroup(Map<String, IncidentDraft> groups, String kind, Claim c, EntityLookup lookup) {
        PartyRef g = party(c, "giver", lookup);
        PartyRef r = party(c, "recipient", lookup);
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

    private static String groupKey(String kind, PartyRef g, PartyRef r) {
        return kind + "|" + g.key() + "|" + r.key();
    }

    private static PartyRef party(Claim c, String role, EntityLookup lookup) {
        Optional<ClaimArgument> a = ClaimArgs.first(c, role);
        if (a.isEmpty()) {
            return PartyRef.NONE;
        }
        String id = a.get().getEntityId();
        return new PartyRef(id, a.get().getValue(), id.isEmpty() ? Optional.empty() : lookup.find(id));
    }

    /** A state is the country entity itself, else the countries of the person or body acting. */
    private static void states(IncidentDraft d, EntityLookup lookup) {
        d.giverStateBasis = statesOf(d.giver, d.giverStates);
        d.recipientStateBasis = statesOf(d.recipient, d.recipientStates);
    }

    private static String statesOf(PartyRef p, Set<String> out) {
        if (p.entity().isPresent()) {
            Entity e = p.entity().get();
            if (e.getSchema() == Schema.COUNTRY) {
                if (!e.getCountriesList().isEmpty()) {
                    out.addAll(e.getCountriesList());
                } else {
                    CountryCodes.toAlpha2(e.getCaption()).ifPresent(out::add);
                }
                return e.getCaption() + " is itself a state";
            }
            out.addAll(e.getCountriesList());
            if (!out.isEmpty()) {
                String office = e.getPositionsCount() > 0 ? " (" + e.getPositions(0) + ")" : "";
                return e.getCaption() + office + " acts for "
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

    private void item(IncidentDraft d, List<Claim> claims) {
        Set<String> items = new LinkedHashSet<>();
        for (Claim c : claims) {
            for (ClaimArgument a : ClaimArgs.all(c, "item")) {
                if (!a.getValue().isBlank()) {
                    items.add(a.getValue().trim());
                    d.itemClaims.add(c);
                }
            }
            for (ClaimArgument a : ClaimArgs.all(c, "value")) {
                if (d.valueUsd == null && !a.getNormalized().isEmpty()) {
                    try {
                        d.valueUsd = Double.parseDouble(a.getNormalized().replaceAll("[^0-9.]", ""));
                    } catch (NumberFormatException ignored) {
                        // A value we cannot read stays unknown.
                    }
                }
            }
        }
        d.item = String.join("; ", items);
        d.itemNamed = items.stream().max(java.util.Comparator.comparingLong(IncidentBuilder::properWords)
                .thenComparingInt(String::length)).orElse("");
        d.classification = classifier.classify(d.item);
    }

    /** "a Brand Model sedan" names the item more precisely than "a luxury car": count the names in it. */
    private static long properWords(String phrase) {
        return java.util.Arrays.stream(phrase.split("\\s+")).skip(1)
                .filter(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0))).count();
    }

    private static void date(IncidentDraft d, List<Claim> claims, Map<String, Source> sources) {
        // A date the claims agree on is the transfer's date; dates that disagree (one may be of
        // another event in the same sentence) fall back to the earliest report.
        Map<String, Claim> given = new LinkedHashMap<>();
        for (Claim c : claims) {
            Optional<ClaimArgument> a = ClaimArgs.first(c, "date");
            if (a.isPresent() && !a.get().getNormalized().isEmpty()) {
                given.putIfAbsent(a.get().getNormalized(), c);
            }
        }
        if (given.size() == 1) {
            var only = given.entrySet().iterator().next();
            d.date = only.getKey();
            d.dateBasis = "the date the claims give";
            d.dateClaim = only.getValue();
            return;
        }
        String disagreement = given.isEmpty() ? "" : "; the claims give differing dates (" + String.join(", ", given.keySet()) + ")";
        String earliest = "";
        for (Claim c : claims) {
            String t = c.getTime();
            if (t.isEmpty() && sources.containsKey(c.getSourceId())) {
                t = sources.get(c.getSourceId()).getPublishedDate();
            }
            if (!t.isEmpty() && (earliest.isEmpty() || t.compareTo(earliest) < 0)) {
                earliest = t;
                d.dateClaim = c;
            }
        }
        if (!earliest.isEmpty()) {
            d.date = earliest.length() > 10 ? earliest.substring(0, 10) : earliest;
            d.dateBasis = "the earliest report of it (the transfer happened no later than the report)" + disagreement;
        }
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
        for (Claim c : d.claims) {
            if (strength(c.getModality()) > strength(d.modality)) {
                d.modality = c.getModality();
            }
            c.getHedgesList().forEach(h -> d.hedges.add(h.toLowerCase(Locale.ROOT)));
        }
    }

    private void confirmationsAndDenials(IncidentDraft d, CaseFacts facts, EntityLookup lookup, int incidentCount) {
        Set<String> partyIds = new HashSet<>();
        for (PartyRef p : List.of(d.giver, d.recipient)) {
            if (!p.entityId().isEmpty()) {
                partyIds.add(p.entityId());
            }
        }
        Set<String> incidentSources = new HashSet<>();
        d.claims.forEach(c -> incidentSources.add(c.getSourceId()));
        for (Claim c : facts.claims()) {
            if (c.getType() != ClaimType.CONFIRMATION && c.getType() != ClaimType.DENIAL) {
                continue;
            }
            // Confirmations confirm reported transfers; a denial by an unnamed speaker answers the
            // allegations of its own source.
            boolean related = relates(c, d, partyIds)
                    || (c.getType() == ClaimType.CONFIRMATION && d.kind.equals("transfer")
                    && (incidentCount == 1 || speakerOfSideState(c, d, lookup) && incidentSources.contains(c.getSourceId())))
                    || (c.getType() == ClaimType.DENIAL && d.kind.equals("alleged_transfer")
                    && incidentSources.contains(c.getSourceId()) && noEntities(c));
            if (!related) {
                continue;
            }
            if (c.getType() == ClaimType.DENIAL) {
                d.denials.add(c);
                continue;
            }
            if (c.getModality() == Modality.DENIED || c.getModality() == Modality.SPECULATIVE) {
                continue;
            }
            d.confirmations.add(c);
            Optional<PartyRef> speaker = ClaimArgs.speaker(c, lookup);
            if (speaker.isPresent() && official(speaker.get(), partyIds)) {
                d.officialConfirmations.add(c);
            }
        }
    }

    private boolean relates(Claim c, IncidentDraft d, Set<String> partyIds) {
        for (ClaimArgument a : c.getArgumentsList()) {
            if (!a.getEntityId().isEmpty() && partyIds.contains(a.getEntityId()) && !"speaker".equals(a.getRole())) {
                return true;
            }
            if (d.classification.known() && ("item".equals(a.getRole()) || "object".equals(a.getRole()))) {
                List<String> cats = classifier.classify(a.getValue()).categories();
                if (cats.stream().anyMatch(d.classification.categories()::contains)) {
                    return true;
                }
            }
        }
        // A denial spoken by a party of the incident concerns it.
        if (c.getType() == ClaimType.DENIAL) {
            for (ClaimArgument a : ClaimArgs.all(c, "speaker")) {
                if (partyIds.contains(a.getEntityId())) {
                    return true;
                }
            }
            for (var link : c.getAttributionList()) {
                if (partyIds.contains(link.getEntityId())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean speakerOfSideState(Claim c, IncidentDraft d, EntityLookup lookup) {
        return ClaimArgs.speaker(c, lookup).flatMap(PartyRef::entity)
                .map(e -> e.getCountriesList().stream().anyMatch(s -> d.giverStates.contains(s) || d.recipientStates.contains(s)))
                .orElse(false);
    }

    private static boolean noEntities(Claim c) {
        return c.getArgumentsList().stream().allMatch(a -> a.getEntityId().isEmpty());
    }

    /** An official: a public body, a holder of an office, or one of the parties themselves. */
    static boolean official(PartyRef speaker, Set<String> partyIds) {
        if (!speaker.entityId().isEmpty() && partyIds.contains(speaker.entityId())) {
            return true;
        }
        if (speaker.entity().isPresent()) {
            Entity e = speaker.entity().get();
            if (e.getSchema() == Schema.PUBLIC_BODY || e.getPositionsCount() > 0) {
                return true;
            }
            boolean spokes = e.getRelationshipsList().stream().anyMatch(r -> r.getType().startsWith("SPOKESPERSON")
                    || r.getType().equals("ROLE") || r.getType().equals("LEADER_OF"));
            if (spokes) {
                return true;
            }
        }
        String text = speaker.name().toLowerCase(Locale.ROOT);
        return OFFICIAL_WORDS.stream().anyMatch(text::contains);
    }

    /** Sources backing the incident without hedging; near copies of each other count once. */
    private static void independence(IncidentDraft d, CaseFacts facts, Map<String, Source> sources) {
        Set<String> backing = new LinkedHashSet<>();
        for (Claim c : d.claims) {
            if (c.getModality() == Modality.ASSERTED || c.getModality() == Modality.REPORTED) {
                backing.add(c.getSourceId());
            }
        }
        for (Claim c : d.confirmations) {
            backing.add(c.getSourceId());
        }
        Set<String> lines = new LinkedHashSet<>();
        for (String s : backing) {
            Source src = sources.get(s);
            String root = src != null && !src.getNearCopyOf().isEmpty() && backing.contains(src.getNearCopyOf())
                    ? src.getNearCopyOf() : s;
            lines.add(root);
        }
        d.independentSources.addAll(lines);
        int best = lines.size();
        Set<String> ids = new HashSet<>();
        d.claims.forEach(c -> ids.add(c.getId()));
        for (Corroboration cor : facts.corroborations()) {
            if (cor.getValue().getClaimIdsList().stream().anyMatch(ids::contains)) {
                best = Math.max(best, cor.getValue().getIndependentLines());
            }
        }
        d.independentLines = best;
        for (Conflict conflict : facts.conflicts()) {
            for (SlotValue v : conflict.getValuesList()) {
                if (v.getClaimIdsList().stream().anyMatch(ids::contains)) {
                    d.conflictNotes.add(conflict.getDescription().isEmpty() ? conflict.getSlot() : conflict.getDescription());
                    break;
                }
            }
        }
    }

    static String shortHash(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
