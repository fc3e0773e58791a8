package dossier.web.fake;

import dossier.model.v1.DateInterval;
import dossier.model.v1.DatePrecision;
import dossier.model.v1.EventKind;
import dossier.model.v1.Role;
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
import dossier.source.v1.Claim;
import dossier.source.v1.ClaimType;
import dossier.source.v1.Conflict;
import dossier.source.v1.Modality;
import dossier.source.v1.SlotValue;
import dossier.source.v1.Source;
import dossier.support.model.EventModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A case of many wire reports (50 for the render measurement): two incidents, six measures, ten
 * parties, dates that agree, refine and contradict, as a busy case file would carry them.
 */
public final class LargeCaseFixture {

    public static final String CASE_ID = "case-large";
    public static final int SOURCES = 50;

    private LargeCaseFixture() {
    }

    public static Case theCase() {
        return Case.newBuilder().setId(CASE_ID).setTitle("Aurus gift, 2024 — wire coverage")
                .setStatus(CaseStatus.OPEN).setAssignedAnalyst("a.analyst").setCreatedAt("2026-11-02T09:12:00Z")
                .setEvaluatedAt("2026-11-05T10:00:00Z").build();
    }

    public static CaseFile caseFile() {
        CaseFile.Builder file = CaseFile.newBuilder().setCase(theCase());
        List<String> carClaims = new ArrayList<>();
        List<String> shipClaims = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        LocalDate first = LocalDate.of(2024, 2, 19);
        for (int i = 1; i <= SOURCES; i++) {
            String sentence = "Russian President Vladimir Putin gave Kim Jong Un an Aurus Senat limousine, report " + i + " said.";
            String second = "The car was shipped on the vessel Lady Maria from Vladivostok.";
            String text = "Wire report " + i + "\n\n" + sentence + " " + second;
            String sid = "ls" + i;
            Source s = Source.newBuilder().setId(sid).setCaseId(CASE_ID).setTitle("Wire report " + i)
                    .setOutlet("Outlet " + (i % 12 + 1)).setPublishedDate(first.plusDays(i % 24).toString())
                    .setText(text).setIngestedAt(i > 47 ? "2026-11-05T11:00:00Z" : "2026-11-04T10:00:00Z")
                    .setClaimCount(2).build();
            file.addSources(s);
            // most say 18 February, some only "February", two say 24 February
            DateInterval when = i % 10 == 0
                    ? DateInterval.newBuilder().setStart("2024-02-01").setEnd("2024-02-29")
                            .setPrecision(DatePrecision.DATE_PRECISION_MONTH).setBasis("text").build()
                    : i % 25 == 3 ? DateInterval.newBuilder().setStart("2024-02-24").setEnd("2024-02-24")
                            .setPrecision(DatePrecision.DATE_PRECISION_DAY).setBasis("text").build()
                    : DateInterval.newBuilder().setStart("2024-02-18").setEnd("2024-02-18")
                            .setPrecision(DatePrecision.DATE_PRECISION_DAY).setBasis("text").build();
            Claim car = Claim.newBuilder().setId("lc" + i).setCaseId(CASE_ID).setSourceId(sid).setType(ClaimType.TRANSFER)
                    .setEventKind(EventKind.EVENT_KIND_TRANSFER).setModality(i % 3 == 0 ? Modality.REPORTED : Modality.ASSERTED)
                    .setSpan(CaseFileFixture.span(text, sentence)).setSummary("Putin → Kim: Aurus Senat limousine")
                    .setTimeInterval(when).setTime(when.getStart()).setConfidence(0.6 + (i % 4) * 0.1).build();
            Claim ship = Claim.newBuilder().setId("lk" + i).setCaseId(CASE_ID).setSourceId(sid).setType(ClaimType.TRANSFER)
                    .setEventKind(EventKind.EVENT_KIND_SHIPMENT).setModality(Modality.REPORTED)
                    .setSpan(CaseFileFixture.span(text, second)).setSummary("shipment on the Lady Maria")
                    .setTime(s.getPublishedDate()).setConfidence(0.5).build();
            file.addClaims(car).addClaims(ship);
            carClaims.add(car.getId());
            shipClaims.add(ship.getId());
            if (evidence.size() < 12) {
                evidence.add(CaseFileFixture.evidence(car, s));
            }
        }
        file.addIncidents(Incident.newBuilder().setId("li1").setKind("transfer")
                .setSummary("Transfer of an Aurus Senat limousine from Vladimir Putin to Kim Jong Un")
                .addParties(IncidentParty.newBuilder().setRole(EventModel.wire(Role.ROLE_GIVER)).setName("Vladimir Putin").setEntityId("lp1"))
                .addParties(IncidentParty.newBuilder().setRole(EventModel.wire(Role.ROLE_RECIPIENT)).setName("Kim Jong Un").setEntityId("lp2"))
                .setItem("Aurus Senat limousine").setItemClassification("luxury-automobile").setDate("2024-02-18")
                .addAllClaimIds(carClaims));
        file.addIncidents(Incident.newBuilder().setId("li2").setKind("shipment")
                .setSummary("Shipment of the limousine on the Lady Maria")
                .addParties(IncidentParty.newBuilder().setRole(EventModel.wire(Role.ROLE_GIVER) + "_state").setName("Russia").setEntityId("lp3"))
                .addParties(IncidentParty.newBuilder().setRole(EventModel.wire(Role.ROLE_RECIPIENT) + "_state").setName("North Korea").setEntityId("lp4"))
                .setItem("Aurus Senat limousine").addAllClaimIds(shipClaims));
        String[][] measures = {
            {"UN-DPRK-LUX", "UN-DPRK", "S/RES/2094 (2013)"}, {"UN-DPRK-VEH", "UN-DPRK", "S/RES/2397 (2017)"},
            {"UN-DPRK-ARMS-EXP", "UN-DPRK", "S/RES/1718 (2006)"}, {"US-DPRK-EXPORT", "US-DPRK", "31 CFR 510"},
            {"EU-DPRK-LUX", "EU-DPRK", "Regulation (EU) 2017/1509"}, {"UN-DPRK-TRANS", "UN-DPRK", "S/RES/2270 (2016)"}};
        Outcome[] outcomes = {Outcome.VIOLATION, Outcome.LIKELY_VIOLATION, Outcome.POSSIBLE_VIOLATION,
            Outcome.NOT_APPLICABLE, Outcome.NO_VIOLATION, Outcome.INSUFFICIENT_EVIDENCE};
        for (String incident : List.of("li1", "li2")) {
            for (int m = 0; m < measures.length; m++) {
                file.addVerdicts(Verdict.newBuilder().setId("lv-" + incident + "-" + m).setIncidentId(incident)
                        .setMeasureId(measures[m][0]).setMeasureTitle("Measure " + measures[m][0]).setRegime(measures[m][1])
                        .addCitations(Citation.newBuilder().setInstrument(measures[m][2]).setProvision("para 1"))
                        .setOutcome(outcomes[m]).setEffectiveOutcome(outcomes[m]).setConfidence(0.9 - m * 0.1)
                        .addReasoning(ReasoningStep.newBuilder().setElement("BOUND_ACTOR").setStatus(ElementStatus.MET)
                                .addAllEvidence(evidence).setEvidenceOmitted(SOURCES - evidence.size()))
                        .build());
            }
        }
        String[] names = {"Vladimir Putin", "Kim Jong Un", "Russia", "North Korea", "Dmitry Peskov", "Kim Yo Jong",
            "Korean Central News Agency", "Aurus Motors", "Lady Maria", "Reuters"};
        String[] schemas = {"PERSON", "PERSON", "COUNTRY", "COUNTRY", "PERSON", "PERSON", "ORGANIZATION", "COMPANY",
            "VESSEL", "ORGANIZATION"};
        String giver = EventModel.wire(Role.ROLE_GIVER);
        String recipient = EventModel.wire(Role.ROLE_RECIPIENT);
        String speaker = EventModel.wire(Role.ROLE_SPEAKER);
        // "giver_state" and "recipient_state": the qualified roles sanctions-service writes for states
        String[] roles = {giver, recipient, giver + "_state", recipient + "_state", speaker, speaker, speaker,
            EventModel.wire(Role.ROLE_MANUFACTURER), EventModel.wire(Role.ROLE_CARRIER), speaker};
        for (int p = 0; p < names.length; p++) {
            Party.Builder party = Party.newBuilder().setEntityId("lp" + (p + 1)).setName(names[p]).setSchema(schemas[p])
                    .addRoles(roles[p]).addClaimIds(carClaims.get(p));
            if (p == 0 || p == 1 || p == 4 || p == 5) {
                party.addHits(ScreeningHit.newBuilder().setEntityId("lh" + p).setName(names[p].toUpperCase())
                        .setList("OFAC SDN").setProgram(p == 1 || p == 5 ? "DPRK3" : "RUSSIA-EO14024")
                        .setScore(0.95).setPassesThreshold(true));
            }
            file.addParties(party);
        }
        for (int k = 0; k < 3; k++) {
            file.addConflicts(Conflict.newBuilder().setId("lk-conflict-" + k).setCaseId(CASE_ID)
                    .setSlot("transfer(giver,recipient)/time").setDescription("The reports disagree on the date (" + k + ").")
                    .addValues(SlotValue.newBuilder().setValue("18 February").addClaimIds("lc1").addSourceIds("ls1").setIndependentLines(3))
                    .addValues(SlotValue.newBuilder().setValue("24 February").addClaimIds("lc3").addSourceIds("ls3").setIndependentLines(1)));
        }
        return file.build();
    }
}
