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
        List<Claim> transfers = facts.claims().stream().filter(c -> c.getType() == ClaimType.TRANSFER).toList();
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
        Map<String, Source> sources = facts.sourcesById();
        for (IncidentDraft d : out) {
            d.id = "inc-" + shortHash(d.kind + "|" + d.giver.key() + "|" + d.recipient.key());
            states(d, lookup);
            item(d, facts);
            date(d, sources);
            modalityAndHedges(d);
            confirmationsAndDenials(d, facts, lookup, out.size());
            independence(d, facts, sources);
        }
        return out;
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
        if (target == null && (!g.known() || !r.known())) {
            // A claim naming one side only belongs to the incident that has that side.
            for (IncidentDraft d : groups.values()) {
                if (d.kind.equals(kind) && ((g.known() && d.giver.key().equals(g.key()))
                        || (r.known() && d.recipient.key().equals(r.key())))) {
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
            if (!target.giver.known() && g.known()) {
                target.giver = g;
            }
            if (!target.recipient.known() && r.known()) {
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
                return e.getCaption() + office + " acts for " + String.join(", ", out);
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

    private void item(IncidentDraft d, CaseFacts facts) {
        Set<String> items = new LinkedHashSet<>();
        for (Claim c : d.claims) {
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
        d.classification = classifier.classify(d.item);
    }

    private static void date(IncidentDraft d, Map<String, Source> sources) {
        for (Claim c : d.claims) {
            Optional<ClaimArgument> a = ClaimArgs.first(c, "date");
            if (a.isPresent() && !a.get().getNormalized().isEmpty()) {
                d.date = a.get().getNormalized();
                d.dateBasis = "the date the claim gives ('" + a.get().getValue() + "')";
                d.dateClaim = c;
                return;
            }
        }
        String earliest = "";
        for (Claim c : d.claims) {
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
            d.dateBasis = "the earliest report of it (the transfer happened no later than the report)";
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
            boolean related = relates(c, d, partyIds)
                    || (incidentCount == 1 && c.getType() == ClaimType.CONFIRMATION)
                    || (c.getType() == ClaimType.DENIAL && incidentSources.contains(c.getSourceId()) && noEntities(c));
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
