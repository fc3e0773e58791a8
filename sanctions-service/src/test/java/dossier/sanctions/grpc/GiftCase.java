package dossier.sanctions.grpc;

import dossier.entity.v1.Entity;
import dossier.entity.v1.Schema;
import dossier.sanctions.fakes.FakeEntityDirectory;
import dossier.sanctions.fakes.FakeSourceLibrary;
import dossier.source.v1.AttributionLink;
import dossier.source.v1.Claim;
import dossier.source.v1.ClaimArgument;
import dossier.source.v1.ClaimType;
import dossier.source.v1.Modality;
import dossier.source.v1.Source;
import dossier.source.v1.Span;

import java.util.List;

/**
 * A small invented case for the contract tests: a leader gives a listed person a limousine
 * (one source), then a spokesman confirms it (a second source). The recipient is the entity the
 * UN list import of {@link SanctionsGrpcContractTest#SMALL_UN} creates.
 */
final class GiftCase {
    static final String RECIPIENT = "ent-un-sc:KPi.901";
    static final String GIVER = "p-giver";
    static final String LUX = "UN-DPRK-LUX";

    private final String caseId;
    private final FakeSourceLibrary sources;
    final Source s1;
    final Claim gift;
    final Source s2;
    final Claim confirm;

    GiftCase(String caseId, FakeEntityDirectory entities, FakeSourceLibrary sources) {
        this.caseId = caseId;
        this.sources = sources;
        entities.put(Entity.newBuilder().setId(GIVER).setCaption("Ivan Example").setSchema(Schema.PERSON)
                .addCountries("ru").addPositions("President of the Example Federation").build());
        entities.put(Entity.newBuilder().setId("p-spokes").setCaption("Oleg Speaker").setSchema(Schema.PERSON)
                .addCountries("ru").addPositions("Press secretary").build());
        s1 = Source.newBuilder().setId("s1-" + caseId).setCaseId(caseId).setTitle("Leader gives car").setPublishedDate("2024-02-20").build();
        gift = Claim.newBuilder().setId("c1").setCaseId(caseId).setSourceId(s1.getId()).setType(ClaimType.TRANSFER)
                .setPredicate("give").setModality(Modality.ASSERTED).setTime("2024-02-20")
                .addArguments(arg("giver", "Ivan Example", GIVER)).addArguments(arg("recipient", "Testa Persona", RECIPIENT))
                .addArguments(arg("item", "a luxury limousine", ""))
                // the date the sentence states, under the old role name "date" (now "time"): a report's
                // own date only bounds the gift from above and could not show it came after 2017
                .addArguments(arg("date", "on 18 February 2024", "").toBuilder().setNormalized("2024-02-18"))
                .setSpan(Span.newBuilder().setStart(0).setEnd(40).setText("Ivan Example gave Testa Persona a limousine"))
                .build();
        s2 = Source.newBuilder().setId("s2-" + caseId).setCaseId(caseId).setTitle("Spokesman confirms").setPublishedDate("2024-02-21").build();
        confirm = Claim.newBuilder().setId("c2").setCaseId(caseId).setSourceId(s2.getId()).setType(ClaimType.CONFIRMATION)
                .setPredicate("confirm").setModality(Modality.REPORTED).addArguments(arg("speaker", "Oleg Speaker", "p-spokes"))
                .addArguments(arg("object", "the limousine", ""))
                .addAttribution(AttributionLink.newBuilder().setName("Wire").setVerb("reports"))
                .setSpan(Span.newBuilder().setStart(0).setEnd(20).setText("Oleg Speaker confirmed")).build();
    }

    String caseId() {
        return caseId;
    }

    /** The first source only: the transfer is asserted, not yet confirmed. */
    GiftCase reported() {
        sources.sources.put(caseId, List.of(s1));
        sources.claims.put(caseId, List.of(gift));
        return this;
    }

    /** Both sources: an official confirmed the transfer. */
    GiftCase confirmed() {
        sources.sources.put(caseId, List.of(s1, s2));
        sources.claims.put(caseId, List.of(gift, confirm));
        return this;
    }

    static ClaimArgument arg(String role, String value, String entityId) {
        return ClaimArgument.newBuilder().setRole(role).setValue(value).setEntityId(entityId)
                .setSpan(Span.newBuilder().setStart(0).setEnd(value.length()).setText(value)).build();
    }
}
