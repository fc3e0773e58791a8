package dossier.sanctions.rules;

import dossier.entity.v1.Entity;
import dossier.entity.v1.Relationship;
import dossier.entity.v1.Schema;
import dossier.sanctions.domain.Listing;
import dossier.sanctions.mapping.EntityMapper;
import dossier.sanctions.v1.ElementStatus;
import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.Verdict;
import dossier.source.v1.AttributionLink;
import dossier.source.v1.Claim;
import dossier.source.v1.ClaimArgument;
import dossier.source.v1.ClaimType;
import dossier.source.v1.Modality;
import dossier.source.v1.Source;
import dossier.source.v1.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The three seed articles, with the claims source-service is expected to extract from them built
 * by hand (spans are real offsets into the texts). Checks that the rules, from data alone, reach
 * the verdicts an analyst expects.
 */
class SeedCaseRulesTest {
    static final Map<String, String> TEXT = new HashMap<>();
    static final Map<String, Entity> ENTITIES = new HashMap<>();
    static Evaluation evaluation;
    static dossier.sanctions.domain.CaseFacts facts;
    static EntityLookup lookup;
    static List<Claim> claims = new ArrayList<>();
    static int seq;

    @BeforeAll
    static void evaluateSeedCase() throws Exception {
        for (String s : List.of("000_67ad9120401995df", "001_2248b182bfc2b647", "002_18073169071f57e8")) {
            try (InputStream in = SeedCaseRulesTest.class.getClassLoader().getResourceAsStream("seeds/" + s + ".txt")) {
                TEXT.put(s.substring(0, 3), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        // Entities as entity-service would hold them (list data plus resolution).
        entity("e-giver", Schema.PERSON, "PUTIN, Vladimir Vladimirovich", "ru", "President of the Russian Federation");
        entity("e-recipient", Schema.PERSON, "KIM, Jong Un", "kp", "Chairman of the Workers' Party of Korea");
        ENTITIES.put("e-spokes", Entity.newBuilder().setId("e-spokes").setSchema(Schema.PERSON).setCaption("PESKOV, Dmitriy Sergeevich")
                .addCountries("ru").addRelationships(Relationship.newBuilder().setType("SPOKESPERSON_OF").setTargetEntityId("e-giver")).build());
        entity("e-sister", Schema.PERSON, "KIM, Yo Jong", "kp", "Vice Director");
        entity("e-kp", Schema.COUNTRY, "North Korea", "kp");
        entity("e-ru", Schema.COUNTRY, "Russia", "ru");

        List<Source> sources = List.of(
                Source.newBuilder().setId("s0").setTitle("Putin Gifts North Korea’s Kim Jong Un a Russian-Made Luxury Car").setPublishedDate("2024-02-20").build(),
                Source.newBuilder().setId("s1").setTitle("Putin Gifts Luxury Car to North Korea's Kim").setPublishedDate("2024-02-20").build(),
                Source.newBuilder().setId("s2").setTitle("Putin Breaks UN Sanctions By Gifting Kim Jong Un A Luxury Limo").setPublishedDate("2024-02-21").build());

        transfer("000", "s0", "has presented North Korean leader", "present", Modality.ASSERTED,
                arg("000", "giver", "Vladimir Putin", "e-giver"), arg("000", "recipient", "Kim Jong Un", "e-recipient"),
                arg("000", "item", "a Russian-made luxury car", ""));
        transfer("000", "s0", "The gift, delivered to", "deliver", Modality.ASSERTED,
                arg("000", "recipient", "Mr. Kim’s top aides", ""), arg("000", "item", "The gift", ""));
        claim("000", "s0", ClaimType.ALLEGATION, "there are suspicions", "supply", Modality.ALLEGED, List.of("suspicions"),
                arg("000", "giver", "North Korea", "e-kp"), arg("000", "recipient", "Russia", "e-ru"),
                arg("000", "item", "artillery, rockets, and ballistic missiles", ""));
        claim("000", "s0", ClaimType.DENIAL, "Both sides deny", "deny", Modality.DENIED, List.of(),
                arg("000", "speaker", "Both sides", ""));
        claim("000", "s0", ClaimType.CONFIRMATION, "confirmed the gift", "confirm", Modality.REPORTED, List.of(),
                arg("000", "speaker", "Dmitry Peskov", "e-spokes"), arg("000", "object", "the gift", ""));
        claim("000", "s0", ClaimType.CHARACTERIZATION, "may have inadvertently violated", "violate", Modality.SPECULATIVE,
                List.of("may"), arg("000", "characterization", "inadvertently violated", ""));

        transfer("001", "s1", "has presented a luxury Aurus car", "present", Modality.ASSERTED,
                arg("001", "giver", "Vladimir Putin", "e-giver"), arg("001", "recipient", "Kim Jong Un", "e-recipient"),
                arg("001", "item", "a luxury Aurus car", ""));
        transfer("001", "s1", "delivered directly to North Korea", "deliver", Modality.ASSERTED,
                arg("001", "giver", "a Russian delegation", ""), arg("001", "recipient", "North Korea", "e-kp"),
                arg("001", "item", "This gift", ""));
        claim("001", "s1", ClaimType.CONFIRMATION, "Peskov's confirmation of the gift", "confirm", Modality.REPORTED, List.of(),
                arg("001", "speaker", "Dmitry Peskov", "e-spokes"), arg("001", "object", "the gift", ""));
        claim("001", "s1", ClaimType.STATEMENT, "expressed gratitude", "express", Modality.REPORTED, List.of(),
                arg("001", "speaker", "Kim Yo Jong", "e-sister"));

        transfer("002", "s2", "Vladimir Putin gave Kim Jong Un a luxury limousine", "give", Modality.ASSERTED,
                arg("002", "giver", "Vladimir Putin", "e-giver"), arg("002", "recipient", "Kim Jong Un", "e-recipient"),
                arg("002", "item", "a luxury limousine", ""));
        claim("002", "s2", ClaimType.CONFIRMATION, "entourage confirmed the gift", "confirm", Modality.REPORTED, List.of(),
                arg("002", "speaker", "The North Korean dictator’s entourage", ""));
        claim("002", "s2", ClaimType.ALLEGATION, "accused the DPRK of supplying Russia with weapons", "supply", Modality.ALLEGED,
                List.of(), arg("002", "giver", "the DPRK", "e-kp"), arg("002", "recipient", "Russia", "e-ru"),
                arg("002", "item", "weapons", ""));

        // Designations as the shipped OFAC list holds them (ActiveDesignations after an import).
        Map<String, List<Listing>> listings = Map.of(
                "e-giver", List.of(new Listing("ofac-sdn", "OFAC SDN", "35096", List.of("RUSSIA-EO14024"), "")),
                "e-recipient", List.of(new Listing("ofac-sdn", "OFAC SDN", "20157", List.of("DPRK3"), "")),
                "e-spokes", List.of(new Listing("ofac-sdn", "OFAC SDN", "35320", List.of("RUSSIA-EO14024"), "")));
        RuleEngine engine = new RuleEngine(Fixtures.MEASURES.all(), Fixtures.CLASSIFIER);
        facts = Fixtures.facts(claims, sources);
        lookup = id -> Optional.ofNullable(ENTITIES.get(id)).map(e -> EntityMapper.toDomain(e, listings.getOrDefault(id, List.of())));
        evaluation = engine.evaluate(facts, lookup, "2026-01-01T00:00:00Z");
    }

    @Test
    void theGiftIsOneIncidentFromTheGiverToTheRecipient() {
        var transfers = Fixtures.incidents(evaluation).stream().filter(i -> i.getKind().equals("transfer")).toList();
        assertThat(transfers).singleElement().satisfies(i -> {
            assertThat(i.getPartiesList()).anySatisfy(p -> {
                assertThat(p.getRole()).isEqualTo("giver");
                assertThat(p.getEntityId()).isEqualTo("e-giver");
            });
            assertThat(i.getPartiesList()).anySatisfy(p -> {
                assertThat(p.getRole()).isEqualTo("recipient");
                assertThat(p.getEntityId()).isEqualTo("e-recipient");
            });
            assertThat(i.getItemClassification()).contains("luxury-automobile");
            assertThat(i.getHsHeadingsList()).contains("8703");
        });
    }

    @Test
    void luxuryGoodsAndTransportVehicleMeasuresAreBreached() {
        for (String measure : List.of("UN-DPRK-LUX", "UN-DPRK-VEH")) {
            Verdict v = verdict("transfer", measure);
            assertThat(v.getOutcome()).as(measure).isIn(Outcome.VIOLATION, Outcome.LIKELY_VIOLATION);
            assertThat(v.getReasoningList()).filteredOn(s -> !s.getElement().equals(Elements.EVIDENCE_STRENGTH))
                    .allSatisfy(s -> {
                        assertThat(s.getStatus()).as(measure + " " + s.getElement()).isEqualTo(ElementStatus.MET);
                        assertThat(s.getExplanation()).isNotBlank();
                    });
            // Reasoning cites claims with their sources and the sentences stating them.
            assertThat(v.getReasoningList()).flatExtracting(s -> s.getEvidenceList())
                    .anySatisfy(ev -> {
                        assertThat(ev.getSourceTitle()).isNotBlank();
                        assertThat(ev.getSpan().getText()).isNotBlank();
                        String text = TEXT.get("00" + ev.getSourceId().substring(1));
                        assertThat(text.substring(ev.getSpan().getStart(), ev.getSpan().getEnd())).isEqualTo(ev.getSpan().getText());
                    });
            assertThat(v.getCitationsList()).isNotEmpty();
        }
    }

    @Test
    void theAllegedAndDeniedArmsSupplyIsOnlyPossible() {
        Verdict v = verdict("alleged_transfer", "UN-DPRK-ARMS-EXP");
        assertThat(v.getOutcome()).isEqualTo(Outcome.POSSIBLE_VIOLATION);
        assertThat(v.getConfidence()).isLessThanOrEqualTo(0.3);
        assertThat(verdict("alleged_transfer", "UN-DPRK-LUX").getOutcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void usAndEuMeasuresDoNotBindTheGiversState() {
        assertThat(verdict("transfer", "US-DPRK-EXPORT").getOutcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(verdict("transfer", "EU-DPRK-LUX").getOutcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void theUsAndRussiaRelatedExposuresOfThePartiesAndTheMakerAreListedWithTheirCitations() {
        Verdict eo14024 = verdict("transfer", "US-EO14024");
        assertThat(eo14024.getOutcome()).isEqualTo(Outcome.VIOLATION);
        assertThat(eo14024.getNature()).isEqualTo("exposure");
        assertThat(eo14024.getSummary()).contains("EXPOSURE ESTABLISHED").doesNotContain("VIOLATION");
        assertThat(eo14024.getExposuresList()).anySatisfy(x -> {
            assertThat(x.getParty()).contains("PUTIN");
            assertThat(x.getBasis()).contains("35096").contains("Executive Order 14024");
        });
        // the maker, from the makes and models data: LIMITED LIABILITY COMPANY AURUS, OFAC SDN 47956
        assertThat(eo14024.getExposuresList()).anySatisfy(x -> {
            assertThat(x.getKind()).contains("manufacturer");
            assertThat(x.getParty()).contains("LIMITED LIABILITY COMPANY AURUS");
            assertThat(x.getBasis()).contains("47956").contains("RUSSIA-EO14024");
        });
        Verdict sdn = verdict("transfer", "US-DPRK-SDN");
        assertThat(sdn.getExposuresList()).anySatisfy(x -> assertThat(x.getBasis()).contains("20157").contains("DPRK3"));
        Verdict nkspea = verdict("transfer", "US-NKSPEA-104A");
        assertThat(nkspea.getOutcome()).isEqualTo(Outcome.VIOLATION);
        assertThat(nkspea.getExposuresList()).anySatisfy(x -> {
            assertThat(x.getParty()).contains("PUTIN");
            assertThat(x.getKind()).contains("secondary").isNotEmpty();
            assertThat(x.getBasis()).contains("104(a)");
        });
        assertThat(verdict("transfer", "US-EO13810").getEngaged()).isTrue();
        assertThat(verdict("transfer", "EU-RUS-269").getExposuresList()).anySatisfy(x -> assertThat(x.getBasis()).contains("2022/336"));
        // Kim Jong Un is not on the UN list: the asset freeze is positively not engaged
        Verdict freeze = verdict("transfer", "UN-DPRK-ASSET-FREEZE");
        assertThat(freeze.getOutcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(RuleEngineTest.step(freeze, Elements.LISTED_PARTY).getStatus()).isEqualTo(ElementStatus.NOT_MET);
        // the states in breach of the UN bans
        assertThat(verdict("transfer", "UN-DPRK-LUX").getExposuresList()).anySatisfy(x -> {
            assertThat(x.getParty()).isEqualTo("Russia");
            assertThat(x.getKind()).isEqualTo("state in breach");
        });
        // every verdict says why its confidence
        assertThat(Fixtures.verdicts(evaluation)).allSatisfy(v -> assertThat(v.getConfidenceBasis()).isNotBlank());
    }

    @Test
    void theMakerIsAmongThePartiesToScreenUnderItsRegisteredName() {
        var parties = new PartyCollector().collect(evaluation.drafts(), facts, lookup);
        assertThat(parties).anySatisfy(p -> {
            assertThat(p.roles()).contains("manufacturer");
            assertThat(p.screenNames()).contains("LIMITED LIABILITY COMPANY AURUS");
        });
    }

    static Verdict verdict(String kind, String measure) {
        return RuleEngineTest.verdict(evaluation, kind, measure);
    }

    static void entity(String id, Schema schema, String caption, String country, String... positions) {
        ENTITIES.put(id, Entity.newBuilder().setId(id).setSchema(schema).setCaption(caption).addCountries(country)
                .addAllPositions(List.of(positions)).build());
    }

    static void transfer(String doc, String source, String anchor, String predicate, Modality m, ClaimArgument... args) {
        claim(doc, source, ClaimType.TRANSFER, anchor, predicate, m, List.of(), args);
    }

    static void claim(String doc, String source, ClaimType type, String anchor, String predicate, Modality m,
                      List<String> hedges, ClaimArgument... args) {
        Span sentence = sentence(doc, anchor);
        claims.add(Claim.newBuilder().setId("c" + (++seq)).setCaseId("seed").setSourceId(source).setType(type)
                .setPredicate(predicate).setModality(m).addAllHedges(hedges).addAllArguments(List.of(args))
                .addAttribution(AttributionLink.newBuilder().setName("outlet").setVerb("reports"))
                .setSpan(sentence).setSummary(sentence.getText()).setTime("2024-02-20").build());
    }

    static ClaimArgument arg(String doc, String role, String value, String entityId) {
        String text = TEXT.get(doc);
        int at = text.indexOf(value);
        ClaimArgument.Builder a = ClaimArgument.newBuilder().setRole(role).setValue(value).setEntityId(entityId);
        if (at >= 0) {
            a.setSpan(Span.newBuilder().setStart(at).setEnd(at + value.length()).setText(value));
        }
        return a.build();
    }

    /** The sentence around an anchor phrase, with real offsets. */
    static Span sentence(String doc, String anchor) {
        String text = TEXT.get(doc);
        int at = text.indexOf(anchor);
        assertThat(at).as("anchor '" + anchor + "' in seed " + doc).isGreaterThanOrEqualTo(0);
        int start = Math.max(text.lastIndexOf(". ", at) + 2, text.lastIndexOf('\n', at) + 1);
        int end = text.indexOf('.', at + anchor.length());
        end = end < 0 ? text.length() : end + 1;
        return Span.newBuilder().setStart(start).setEnd(end).setText(text.substring(start, end)).build();
    }
}
