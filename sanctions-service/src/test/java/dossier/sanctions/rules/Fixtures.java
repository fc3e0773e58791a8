package dossier.sanctions.rules;

import dossier.entity.v1.Entity;
import dossier.entity.v1.Schema;
import dossier.sanctions.domain.CaseFacts;
import dossier.sanctions.domain.Listing;
import dossier.sanctions.mapping.EntityMapper;
import dossier.sanctions.mapping.FactsMapper;
import dossier.sanctions.mapping.VerdictMapper;
import dossier.sanctions.measures.ItemClassifier;
import dossier.sanctions.measures.MeasureCatalog;
import dossier.sanctions.v1.Incident;
import dossier.sanctions.v1.Verdict;
import dossier.source.v1.AttributionLink;
import dossier.source.v1.Claim;
import dossier.source.v1.ClaimArgument;
import dossier.source.v1.ClaimType;
import dossier.source.v1.Modality;
import dossier.source.v1.Source;
import dossier.source.v1.Span;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-built claims, sources and entities for rule tests (fictional parties). */
final class Fixtures {
    static final MeasureCatalog MEASURES = MeasureCatalog.fromClasspath(
            List.of("measures/un-dprk.json", "measures/us-dprk.json", "measures/eu-dprk.json"));
    static final ItemClassifier CLASSIFIER = ItemClassifier.standard();

    final Map<String, Entity> entities = new HashMap<>();
    final Map<String, List<Listing>> listings = new HashMap<>();
    private int claimSeq;

    EntityLookup lookup() {
        return id -> Optional.ofNullable(entities.get(id)).map(e -> EntityMapper.toDomain(e, listings.getOrDefault(id, List.of())));
    }

    /** The entity is designated on a list (as ActiveDesignations would say). */
    Fixtures listed(String id, String dataset, String list, String reference, String program, String listedOn) {
        listings.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(new Listing(dataset, list, reference, List.of(program), listedOn));
        return this;
    }

    static CaseFacts facts(List<Claim> claims, List<Source> sources) {
        return FactsMapper.toDomain(claims, sources, List.of(), List.of());
    }

    static List<Incident> incidents(Evaluation e) {
        return VerdictMapper.incidents(e.incidents());
    }

    static List<Verdict> verdicts(Evaluation e) {
        return VerdictMapper.toProto(e.verdicts());
    }

    Fixtures person(String id, String name, String country, String... positions) {
        entities.put(id, Entity.newBuilder().setId(id).setCaption(name).setSchema(Schema.PERSON)
                .addCountries(country).addAllPositions(List.of(positions)).build());
        return this;
    }

    Fixtures country(String id, String name, String code) {
        entities.put(id, Entity.newBuilder().setId(id).setCaption(name).setSchema(Schema.COUNTRY).addCountries(code).build());
        return this;
    }

    static Source source(String id, String title, String published) {
        return Source.newBuilder().setId(id).setTitle(title).setPublishedDate(published).build();
    }

    static Source copyOf(String id, String title, String published, String original) {
        return source(id, title, published).toBuilder().setNearCopyOf(original).build();
    }

    Claim transfer(String sourceId, String giverId, String giverName, String recipientId, String recipientName,
                   String item, String predicate, Modality modality, String time) {
        Claim.Builder c = claim(ClaimType.TRANSFER, sourceId, predicate, modality, time,
                giverName + " " + predicate + " " + recipientName + " " + item);
        c.addArguments(arg("giver", giverName, giverId));
        c.addArguments(arg("recipient", recipientName, recipientId));
        if (!item.isEmpty()) {
            c.addArguments(arg("item", item, ""));
        }
        if (!time.isEmpty()) {
            // the date the sentence states (as source-service extracts it), not the report's
            c.addArguments(arg("time", time, "").toBuilder().setNormalized(time));
        }
        return c.build();
    }

    /** A transfer whose sentence states no date: only its report's date bounds it. */
    Claim undatedTransfer(String sourceId, String giverId, String giverName, String recipientId, String recipientName,
                          String item, String predicate, Modality modality) {
        Claim c = transfer(sourceId, giverId, giverName, recipientId, recipientName, item, predicate, modality, "");
        return c;
    }

    Claim allegation(String sourceId, String giverId, String giverName, String recipientId, String recipientName,
                     String item, String predicate, String time, String... hedges) {
        Claim.Builder c = claim(ClaimType.ALLEGATION, sourceId, predicate, Modality.ALLEGED, time,
                "suspicion that " + giverName + " " + predicate + " " + item + " to " + recipientName);
        c.addArguments(arg("giver", giverName, giverId)).addArguments(arg("recipient", recipientName, recipientId))
                .addArguments(arg("item", item, "")).addAllHedges(List.of(hedges));
        return c.build();
    }

    Claim speech(ClaimType type, String sourceId, String speakerId, String speakerName, String predicate, String time,
                 String... aboutEntityIds) {
        Claim.Builder c = claim(type, sourceId, predicate, type == ClaimType.DENIAL ? Modality.DENIED : Modality.REPORTED, time,
                speakerName + " " + predicate);
        c.addArguments(arg("speaker", speakerName, speakerId));
        for (String about : aboutEntityIds) {
            c.addArguments(arg("subject", entities.containsKey(about) ? entities.get(about).getCaption() : about, about));
        }
        c.addAttribution(AttributionLink.newBuilder().setName("Outlet").setVerb("reports"));
        c.addAttribution(AttributionLink.newBuilder().setName(speakerName).setEntityId(speakerId).setVerb("said"));
        return c.build();
    }

    private Claim.Builder claim(ClaimType type, String sourceId, String predicate, Modality modality, String time, String text) {
        claimSeq++;
        return Claim.newBuilder().setId("c" + claimSeq).setCaseId("case-1").setSourceId(sourceId).setType(type)
                .setPredicate(predicate).setModality(modality).setTime(time)
                .setSpan(Span.newBuilder().setStart(0).setEnd(text.length()).setText(text))
                .setSummary(text);
    }

    private static ClaimArgument arg(String role, String value, String entityId) {
        return ClaimArgument.newBuilder().setRole(role).setValue(value).setEntityId(entityId)
                .setSpan(Span.newBuilder().setStart(0).setEnd(value.length()).setText(value)).build();
    }
}
