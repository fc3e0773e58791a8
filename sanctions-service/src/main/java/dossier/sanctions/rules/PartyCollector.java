package dossier.sanctions.rules;

import dossier.model.v1.Role;
import dossier.sanctions.domain.CaseFacts;
import dossier.sanctions.domain.ClaimFact;
import dossier.sanctions.domain.ClaimKind;
import dossier.sanctions.domain.EntityFact;
import dossier.sanctions.domain.PartyView;
import dossier.sanctions.measures.MakeModel;
import dossier.support.model.EventModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parties of a case to screen: the sides of the incidents, every party of a role the event
 * model marks {@code party: true} (manufacturer, carrier, operator, intermediary ...), the maker
 * of the item from the makes and models data, and who confirmed, stated, quoted or denied
 * something. Persons and bodies only; a country appears only as the state of a side.
 */
public final class PartyCollector {
    private static final Set<ClaimKind> SPEECH = Set.of(ClaimKind.CONFIRMATION, ClaimKind.STATEMENT, ClaimKind.QUOTE, ClaimKind.DENIAL);

    private final EventModel model;

    public PartyCollector() {
        this(EventModel.standard());
    }

    public PartyCollector(EventModel model) {
        this.model = model;
    }

    private static final class Builder {
        final String entityId;
        final String name;
        final String schema;
        final List<String> roles = new ArrayList<>();
        final List<String> countries = new ArrayList<>();
        final List<String> claimIds = new ArrayList<>();
        final List<String> screenNames = new ArrayList<>();
        boolean byName;

        Builder(String entityId, String name, String schema) {
            this.entityId = entityId;
            this.name = name;
            this.schema = schema;
        }
    }

    public List<PartyView> collect(List<IncidentDraft> incidents, CaseFacts facts, EntityLookup lookup) {
        Map<String, Builder> parties = new LinkedHashMap<>();
        for (IncidentDraft d : incidents) {
            List<String> claimIds = d.claims.stream().map(ClaimFact::id).toList();
            // A side of an alleged transfer is not a giver or recipient of the reported one.
            String prefix = d.alleged() ? IncidentDraft.ALLEGED : "";
            boolean employment = d.employment();
            String giver = EventModel.wire(employment ? Role.ROLE_WORKER : Role.ROLE_GIVER);
            String recipient = EventModel.wire(employment ? Role.ROLE_EMPLOYER : Role.ROLE_RECIPIENT);
            add(parties, d.giver, prefix + (d.giver.isCountry() ? giver + "_state" : giver), claimIds);
            add(parties, d.recipient, prefix + (d.recipient.isCountry() ? recipient + "_state" : recipient), claimIds);
            d.others.forEach((role, list) -> {
                String wire = EventModel.wire(role);
                if (model.isParty(wire)) {
                    list.forEach(p -> add(parties, p, prefix + wire, claimIds));
                }
            });
            // the maker of a make or model the item names, screened under its registered names
            if (d.classification != null && d.classification.make().isPresent()
                    && model.isParty(EventModel.wire(Role.ROLE_MANUFACTURER))) {
                MakeModel.Maker maker = d.classification.make().get().manufacturer();
                String key = "maker:" + maker.name();
                Builder b = parties.computeIfAbsent(key, k -> new Builder("", maker.name(), "COMPANY"));
                b.byName = !maker.screenNames().isEmpty();
                maker.screenNames().stream().filter(n -> !b.screenNames.contains(n)).forEach(b.screenNames::add);
                addRole(b, prefix + EventModel.wire(Role.ROLE_MANUFACTURER));
                d.itemClaims.stream().map(ClaimFact::id).filter(id -> !b.claimIds.contains(id)).forEach(b.claimIds::add);
            }
        }
        for (ClaimFact c : facts.claims()) {
            if (!SPEECH.contains(c.kind())) {
                continue;
            }
            Optional<PartyRef> sp = Speakers.speaker(c, lookup);
            if (sp.isEmpty() || sp.get().entityId().isEmpty()) {
                continue; // a speaker no entity stands for ("both sides") stays in its claim, not among the parties
            }
            String role = switch (c.kind()) {
                case CONFIRMATION -> "confirmed";
                case DENIAL -> "denied";
                default -> EventModel.wire(Role.ROLE_SPEAKER);
            };
            add(parties, sp.get(), role, List.of(c.id()));
            if (c.kind() != ClaimKind.STATEMENT && c.kind() != ClaimKind.QUOTE) {
                add(parties, sp.get(), EventModel.wire(Role.ROLE_SPEAKER), List.of());
            }
        }
        List<PartyView> out = new ArrayList<>();
        parties.values().forEach(b -> out.add(new PartyView(b.entityId, b.name, b.schema, List.copyOf(b.roles),
                List.copyOf(b.countries), List.copyOf(b.claimIds), List.copyOf(b.screenNames), b.byName)));
        return out;
    }

    private static void addRole(Builder b, String role) {
        if (!b.roles.contains(role)) {
            b.roles.add(role);
        }
    }

    private static void add(Map<String, Builder> parties, PartyRef p, String role, List<String> claimIds) {
        if (!p.known()) {
            return;
        }
        Optional<EntityFact> e = p.entity();
        if (e.isPresent() && e.get().isCountry() && !role.endsWith("_state")) {
            return;
        }
        if (e.isPresent() && !e.get().isCountry() && !e.get().actor()
                && e.get().kind() != EntityFact.Kind.VESSEL && e.get().kind() != EntityFact.Kind.AIRCRAFT) {
            return;
        }
        Builder b = parties.computeIfAbsent(p.key(), k -> {
            Builder nb = new Builder(p.entityId(), p.label(), e.map(en -> en.kind().name()).orElse(""));
            e.ifPresent(en -> nb.countries.addAll(en.countries()));
            return nb;
        });
        addRole(b, role);
        for (String id : claimIds) {
            if (!b.claimIds.contains(id)) {
                b.claimIds.add(id);
            }
        }
    }
}
