package dossier.sanctions.rules;

import dossier.entity.v1.Entity;
import dossier.entity.v1.Schema;
import dossier.sanctions.v1.Party;
import dossier.source.v1.Claim;
import dossier.source.v1.ClaimType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parties of a case: everyone in the incidents, plus who confirmed, stated, quoted or denied
 * something. Persons and bodies only; a country appears only as the state of a side.
 */
public final class PartyCollector {
    private static final Set<Schema> ACTORS = Set.of(Schema.PERSON, Schema.ORGANIZATION, Schema.COMPANY,
            Schema.PUBLIC_BODY, Schema.LEGAL_ENTITY);
    private static final Set<ClaimType> SPEECH = Set.of(ClaimType.CONFIRMATION, ClaimType.STATEMENT, ClaimType.QUOTE,
            ClaimType.DENIAL);

    public List<Party> collect(List<IncidentDraft> incidents, CaseFacts facts, EntityLookup lookup) {
        Map<String, Party.Builder> parties = new LinkedHashMap<>();
        for (IncidentDraft d : incidents) {
            List<String> claimIds = d.claims.stream().map(Claim::getId).toList();
            // A side of an alleged transfer is not a giver or recipient of the reported one.
            String prefix = d.kind().startsWith("alleged") ? "alleged_" : "";
            add(parties, d.giver, prefix + (d.giver.isCountry() ? "giver_state" : "giver"), claimIds);
            add(parties, d.recipient, prefix + (d.recipient.isCountry() ? "recipient_state" : "recipient"), claimIds);
        }
        for (Claim c : facts.claims()) {
            if (!SPEECH.contains(c.getType())) {
                continue;
            }
            Optional<PartyRef> sp = ClaimArgs.speaker(c, lookup);
            if (sp.isEmpty() || sp.get().entityId().isEmpty()) {
                continue; // a speaker no entity stands for ("both sides") stays in its claim, not among the parties
            }
            String role = switch (c.getType()) {
                case CONFIRMATION -> "confirmed";
                case DENIAL -> "denied";
                default -> "speaker";
            };
            add(parties, sp.get(), role, List.of(c.getId()));
            if (c.getType() != ClaimType.STATEMENT && c.getType() != ClaimType.QUOTE) {
                add(parties, sp.get(), "speaker", List.of());
            }
        }
        List<Party> out = new ArrayList<>();
        parties.values().forEach(p -> out.add(p.build()));
        return out;
    }

    private static void add(Map<String, Party.Builder> parties, PartyRef p, String role, List<String> claimIds) {
        if (!p.known()) {
            return;
        }
        Optional<Entity> e = p.entity();
        if (e.isPresent() && e.get().getSchema() == Schema.COUNTRY && !role.endsWith("_state")) {
            return;
        }
        if (e.isPresent() && e.get().getSchema() != Schema.COUNTRY && !ACTORS.contains(e.get().getSchema())) {
            return;
        }
        Party.Builder b = parties.computeIfAbsent(p.key(), k -> {
            Party.Builder nb = Party.newBuilder().setEntityId(p.entityId()).setName(p.label());
            e.ifPresent(en -> nb.setSchema(en.getSchema().name()).addAllCountries(en.getCountriesList()));
            return nb;
        });
        if (!b.getRolesList().contains(role)) {
            b.addRoles(role);
        }
        for (String id : claimIds) {
            if (!b.getClaimIdsList().contains(id)) {
                b.addClaimIds(id);
            }
        }
    }
}
