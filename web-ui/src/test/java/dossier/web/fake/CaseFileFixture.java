package dossier.web.fake;

import dossier.entity.v1.Entity;
import dossier.entity.v1.MatchReason;
import dossier.entity.v1.Name;
import dossier.entity.v1.NameKind;
import dossier.entity.v1.Schema;
import dossier.model.v1.DateInterval;
import dossier.model.v1.DatePrecision;
import dossier.model.v1.EventKind;
import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.CaseStatus;
import dossier.sanctions.v1.Citation;
import dossier.sanctions.v1.ElementStatus;
import dossier.sanctions.v1.Evidence;
import dossier.sanctions.v1.Incident;
import dossier.sanctions.v1.IncidentParty;
import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.Party;
import dossier.sanctions.v1.ReasoningStep;
import dossier.sanctions.v1.ScreeningHit;
import dossier.sanctions.v1.Verdict;
import dossier.sanctions.v1.VerdictChange;
import dossier.source.v1.AttributionLink;
import dossier.source.v1.Claim;
import dossier.source.v1.ClaimType;
import dossier.source.v1.Conflict;
import dossier.source.v1.Corroboration;
import dossier.source.v1.Modality;
import dossier.source.v1.SlotValue;
import dossier.source.v1.Source;
import dossier.source.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A realistic case file built from two seed articles, with spans computed from the real text,
 * as sanctions-service would return it. Shared by the fake services and the assertions.
 */
public final class CaseFileFixture {

    public static final String CASE_ID = "case-1";
    public static final String TEXT_1 = resource("/seed-article-1.txt");
    public static final String TEXT_2 = resource("/seed-article-2.txt")
            // a stray tag as scraped pages carry them: must show as text, never as markup
            + "\n<b>Editor's note</b>: updated.";
    public static final String HEDGED = "may have inadvertently violated this resolution";
    public static final String CONFIRMATION = "Peskov confirmed the gift, emphasizing that it was indeed an Aurus.";
    public static final String DELIVERY = "delivered directly to North Korea by a Russian delegation";
    /** The first article's account of the hand-over: to the aides, and (in this fixture) early in February. */
    public static final String AIDES = "The gift, delivered to Mr. Kim’s top aides";
    public static final String CITATION_INSTRUMENT = "S/RES/2094 (2013)";
    public static final String SPEAKER_ID = "e-peskov";
    public static final String SPEAKER_HIT_ID = "e-sdn-peskov";
    public static final String SPEAKER_HIT_REFERENCE = "35154";
    public static final String STATE_ID = "e-russia";
    public static final String CONFLICT_DESCRIPTION =
            "The sources disagree on who received the car: the leader's aides or the leader directly.";

    private CaseFileFixture() {
    }

    public static Case theCase() {
        return Case.newBuilder().setId(CASE_ID).setTitle("Aurus gift, 2024")
                .setDescription("Reports that a Russian-made limousine was given to the DPRK leader.")
                .setStatus(CaseStatus.IN_REVIEW).setAssignedAnalyst("a.analyst")
                .setCreatedAt("2026-11-02T09:12:00Z").setUpdatedAt("2026-11-03T10:00:00Z")
                .setEvaluatedAt("2026-11-03T10:00:00Z").build();
    }

    public static Span span(String text, String quote) {
        int start = text.indexOf(quote);
        if (start < 0) {
            throw new IllegalArgumentException("fixture quote not in text: " + quote);
        }
        return Span.newBuilder().setStart(start).setEnd(start + quote.length()).setText(quote).build();
    }

    public static CaseFile caseFile() {
        Source s1 = Source.newBuilder().setId("s1").setCaseId(CASE_ID)
                .setTitle("Putin Gifts North Korea’s Kim Jong Un a Russian-Made Luxury Car")
                .setText(TEXT_1).setOutlet("Daily Wire Digest").setDateline("Durban, KwaZulu-Natal, South Africa")
                .setPublishedDate("2024-02-20").setUrl("https://example.org/aurus-gift")
                .addWarnings("dateline place does not appear in the story").setClaimCount(3).setLanguage("en")
                .setIngestedAt("2026-11-02T09:20:00Z").build();
        Source s2 = Source.newBuilder().setId("s2").setCaseId(CASE_ID)
                .setTitle("Putin Gifts Luxury Car to North Korea's Kim").setText(TEXT_2)
                .setOutlet("Newsweek-like Weekly").setByline("Faruk Imamovic").addCredits("© Getty Images/Chung Sun-Jun")
                .setPublishedDate("2024-02-19").setUrl("javascript:alert(1)").setClaimCount(1).setLanguage("en")
                // stored after the last evaluation: the overview calls the verdicts stale
                .setIngestedAt("2026-11-03T11:30:00Z").build();

        Claim hedge = Claim.newBuilder().setId("c1").setCaseId(CASE_ID).setSourceId("s1")
                .setType(ClaimType.CHARACTERIZATION).setPredicate("violate").setModality(Modality.SPECULATIVE)
                .addHedges("may").addHedges("inadvertently").setSpan(span(TEXT_1, HEDGED))
                .setSummary("the gift may have violated the UN resolution").setConfidence(0.7).build();
        Claim confirm = Claim.newBuilder().setId("c2").setCaseId(CASE_ID).setSourceId("s1")
                .setType(ClaimType.CONFIRMATION).setPredicate("confirm").setModality(Modality.REPORTED)
                .addAttribution(AttributionLink.newBuilder().setName("Daily Wire Digest").setVerb("reports"))
                .addAttribution(AttributionLink.newBuilder().setName("Dmitry Peskov").setVerb("confirmed"))
                .setSpan(span(TEXT_1, CONFIRMATION)).setSummary("Peskov confirmed the gift").setConfidence(0.9).build();
        Claim transfer = Claim.newBuilder().setId("c3").setCaseId(CASE_ID).setSourceId("s2")
                .setType(ClaimType.TRANSFER).setPredicate("deliver").setModality(Modality.ASSERTED)
                .setSpan(span(TEXT_2, DELIVERY)).setSummary("Russia → DPRK: Aurus car, delivered by a delegation")
                .setEventKind(EventKind.EVENT_KIND_TRANSFER)
                .setTimeInterval(DateInterval.newBuilder().setStart("2024-02-18").setEnd("2024-02-18")
                        .setPrecision(DatePrecision.DATE_PRECISION_DAY).setBasis("text"))
                .setTime("2024-02-18").setConfidence(0.85).build();
        Claim aides = Claim.newBuilder().setId("c4").setCaseId(CASE_ID).setSourceId("s1")
                .setType(ClaimType.TRANSFER).setPredicate("deliver").setModality(Modality.ASSERTED)
                .setSpan(span(TEXT_1, AIDES)).setSummary("Putin → Kim: the car, delivered to his aides")
                .setEventKind(EventKind.EVENT_KIND_TRANSFER)
                .setTimeInterval(DateInterval.newBuilder().setStart("2024-02-01").setEnd("2024-02-10")
                        .setPrecision(DatePrecision.DATE_PRECISION_PART_OF_MONTH).setBasis("text"))
                .setTime("2024-02-01").setConfidence(0.8).build();

        Verdict verdict = Verdict.newBuilder().setId("v1").setIncidentId("i1").setMeasureId("UN-DPRK-LUX")
                .setMeasureTitle("Ban on the supply of luxury goods to the DPRK").setRegime("UN-DPRK")
                .addCitations(Citation.newBuilder().setInstrument(CITATION_INSTRUMENT).setProvision("para 23, Annex IV")
                        .setSummary("luxury automobiles and other motor vehicles are luxury goods"))
                .setOutcome(Outcome.LIKELY_VIOLATION).setConfidence(0.82)
                .setSummary("A luxury automobile was transferred from Russia to the DPRK after the ban took effect.")
                // the same sentence twice and two sentences of one source: shown once, the weaker behind a count
                .addReasoning(ReasoningStep.newBuilder().setElement("BOUND_ACTOR").setStatus(ElementStatus.MET)
                        .setExplanation("Russia is a UN Member State.")
                        .addEvidence(evidence(aides, s1))
                        .addEvidence(evidence(aides, s1))
                        .addEvidence(evidence(confirm, s1))
                        .addEvidence(evidence(transfer, s2)))
                .addReasoning(ReasoningStep.newBuilder().setElement("ITEM_IN_SCOPE").setStatus(ElementStatus.MET)
                        .setExplanation("An Aurus limousine is a luxury automobile (HS 8703).")
                        .addEvidence(Evidence.newBuilder().setClaimId("c3").setSourceId("s2")
                                .setSourceTitle(s2.getTitle()).setSpan(span(TEXT_2, DELIVERY)))
                        .setEvidenceOmitted(7))
                .addReasoning(ReasoningStep.newBuilder().setElement("NO_EXEMPTION").setStatus(ElementStatus.UNKNOWN)
                        .setExplanation("No exemption was reported; none is known."))
                .build();
        Verdict usVerdict = Verdict.newBuilder().setId("v2").setIncidentId("i1").setMeasureId("US-DPRK-EXPORT")
                .setMeasureTitle("US export ban to the DPRK").setRegime("US-DPRK")
                .addCitations(Citation.newBuilder().setInstrument("31 CFR 510").setProvision("§ 510.206"))
                .setOutcome(Outcome.NOT_APPLICABLE).setConfidence(0.9)
                .setSummary("No US person or US-origin item is involved.").build();

        Party giver = Party.newBuilder().setEntityId("e-giver").setName("Vladimir Putin").setSchema("PERSON")
                .addRoles("giver").addCountries("ru").addClaimIds("c4").addClaimIds("c3")
                .addHits(ScreeningHit.newBuilder().setEntityId("e-giver").setName("Vladimir Vladimirovich PUTIN")
                        .setMatchedName("Vladimir Putin").setScore(0.97).setPassesThreshold(true)
                        .setList("OFAC SDN").setProgram("RUSSIA-EO14024").setReference("35096")
                        .setListedOn("2022-02-25")
                        .setJurisdictionNote("Binds US persons; context, not a verdict, for a transfer without US nexus")
                        .addReasons(MatchReason.newBuilder().setFeature("name_tokens").setScore(1.0)))
                .build();
        Party recipient = Party.newBuilder().setEntityId("e-recipient").setName("Kim Jong Un").setSchema("PERSON")
                .addRoles("recipient").addCountries("kp").addClaimIds("c3").addClaimIds("c4").build();
        Party russia = Party.newBuilder().setEntityId(STATE_ID).setName("Russia").setSchema("COUNTRY")
                .addRoles("giver_state").build();
        // a party resolved from the articles, hit by a separate list entity: the pair an analyst judges
        Party speaker = Party.newBuilder().setEntityId(SPEAKER_ID).setName("Dmitry Peskov").setSchema("PERSON")
                .addRoles("speaker").addRoles("confirmed").addCountries("ru")
                .addHits(ScreeningHit.newBuilder().setEntityId(SPEAKER_HIT_ID).setName("PESKOV, Dmitriy Sergeevich")
                        .setMatchedName("Dmitry Peskov").setScore(0.88).setPassesThreshold(true)
                        .setList("OFAC SDN").setProgram("RUSSIA-EO14024").setReference(SPEAKER_HIT_REFERENCE)
                        .setListedOn("2022-02-28")
                        .setJurisdictionNote("Binds US persons; context, not a verdict, for a transfer without US nexus"))
                .build();

        Conflict conflict = Conflict.newBuilder().setId("k1").setCaseId(CASE_ID)
                .setSlot("transfer(giver,recipient)/delivered_to").setDescription(CONFLICT_DESCRIPTION)
                .addValues(SlotValue.newBuilder().setValue("Mr. Kim’s top aides").addClaimIds("c4")
                        .addSourceIds("s1").setIndependentLines(1))
                .addValues(SlotValue.newBuilder().setValue("directly to North Korea").addClaimIds("c3")
                        .addSourceIds("s2").setIndependentLines(1))
                .build();
        Corroboration corroboration = Corroboration.newBuilder().setSlot("transfer/item")
                .setDescription("Both sources name the item as an Aurus car.")
                .setValue(SlotValue.newBuilder().setValue("Aurus").addSourceIds("s1").addSourceIds("s2").setIndependentLines(2))
                .addRefinements("an Aurus < a luxury Aurus car").build();

        Incident incident = Incident.newBuilder().setId("i1").setKind("transfer")
                .setSummary("Transfer of a luxury car from Russia to the DPRK")
                .addParties(IncidentParty.newBuilder().setRole("giver").setName("Vladimir Putin").setEntityId("e-giver"))
                .addParties(IncidentParty.newBuilder().setRole("recipient").setName("Kim Jong Un").setEntityId("e-recipient"))
                .addParties(IncidentParty.newBuilder().setRole("giver_state").setName("Russia").setEntityId(STATE_ID))
                .setItem("Aurus limousine").setItemClassification("luxury-automobile").addHsHeadings("8703")
                .setDate("2024-02-18").addClaimIds("c3").addClaimIds("c4").setModality("ASSERTED").build();

        return CaseFile.newBuilder().setCase(theCase()).addIncidents(incident)
                .addVerdicts(verdict).addVerdicts(usVerdict)
                .addParties(giver).addParties(recipient).addParties(speaker).addParties(russia)
                .addSources(s1).addSources(s2)
                .addClaims(hedge).addClaims(confirm).addClaims(transfer).addClaims(aides)
                .addConflicts(conflict).addCorroborations(corroboration)
                .addWarnings("entity-service answered slowly: party details may be incomplete")
                .build();
    }

    static Evidence evidence(Claim c, Source s) {
        return Evidence.newBuilder().setClaimId(c.getId()).setSourceId(s.getId()).setSourceTitle(s.getTitle())
                .setSpan(c.getSpan()).setClaimSummary(c.getSummary()).build();
    }

    /** The entities behind the parties and hits, as entity-service would hold them. */
    public static List<Entity> entities() {
        return List.of(
                entity("e-giver", "Vladimir Vladimirovich PUTIN", "ofac-sdn:35096"),
                entity("e-recipient", "Kim Jong Un", "article:kim-jong-un"),
                entity(SPEAKER_ID, "Dmitry Peskov", "article:dmitry-peskov"),
                entity(SPEAKER_HIT_ID, "PESKOV, Dmitriy Sergeevich", "ofac-sdn:" + SPEAKER_HIT_REFERENCE));
    }

    private static Entity entity(String id, String caption, String key) {
        return Entity.newBuilder().setId(id).setKey(key).setCaption(caption).setSchema(Schema.PERSON)
                .addNames(Name.newBuilder().setValue(caption).setKind(NameKind.PRIMARY)).setVerified(true).build();
    }

    /**
     * The verdict changes of a case re-evaluated after each of many wire reports, newest first:
     * first both verdicts appear, then the luxury-goods verdict firms up one report at a time.
     * Long enough to need more than one page.
     */
    public static List<VerdictChange> history(int reports) {
        List<VerdictChange> oldestFirst = new ArrayList<>();
        Instant t = Instant.parse("2026-11-02T09:30:00Z");
        oldestFirst.add(change("UN-DPRK-LUX", "Ban on the supply of luxury goods to the DPRK", Outcome.OUTCOME_UNSPECIFIED,
                Outcome.POSSIBLE_VIOLATION, 0, 0.40, "source 'Wire report 1' added", t));
        oldestFirst.add(change("US-DPRK-EXPORT", "US export ban to the DPRK", Outcome.OUTCOME_UNSPECIFIED,
                Outcome.NOT_APPLICABLE, 0, 0.90, "source 'Wire report 1' added", t));
        double confidence = 0.40;
        Outcome outcome = Outcome.POSSIBLE_VIOLATION;
        for (int i = 2; i <= reports; i++) {
            double next = Math.min(0.82, confidence + 0.02);
            Outcome nextOutcome = next >= 0.6 ? Outcome.LIKELY_VIOLATION : Outcome.POSSIBLE_VIOLATION;
            oldestFirst.add(change("UN-DPRK-LUX", "Ban on the supply of luxury goods to the DPRK", outcome, nextOutcome,
                    confidence, next, "source 'Wire report " + i + "' added", t.plusSeconds(3600L * i)));
            confidence = next;
            outcome = nextOutcome;
        }
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    private static VerdictChange change(String measureId, String title, Outcome before, Outcome after,
            double oldConfidence, double newConfidence, String reason, Instant at) {
        return VerdictChange.newBuilder().setCaseId(CASE_ID).setMeasureId(measureId).setMeasureTitle(title)
                .setIncidentId("i1").setOldOutcome(before).setNewOutcome(after)
                .setOldConfidence(oldConfidence).setNewConfidence(newConfidence)
                .setReason(reason).setChangedAt(at.toString()).setChangedBy("evaluation").build();
    }

    private static String resource(String name) {
        try (InputStream in = CaseFileFixture.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
