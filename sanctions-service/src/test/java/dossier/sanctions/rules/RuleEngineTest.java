package dossier.sanctions.rules;

import dossier.sanctions.v1.ElementStatus;
import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.ReasoningStep;
import dossier.sanctions.v1.Verdict;
import dossier.source.v1.Claim;
import dossier.source.v1.ClaimType;
import dossier.source.v1.Modality;
import dossier.source.v1.Source;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RuleEngineTest {
    final RuleEngine engine = new RuleEngine(Fixtures.MEASURES.all(), Fixtures.CLASSIFIER);
    final Fixtures f = new Fixtures()
            .person("e-giver", "Ivan Example", "ru", "President of the Example Federation")
            .person("e-recipient", "Pak Sample", "kp", "Chairman of the Sample Party")
            .person("e-spokes", "Oleg Speaker", "ru", "Press secretary of the President")
            .person("e-trader", "Chen Trader", "cn")
            .country("e-kp", "North Korea", "kp")
            .country("e-ru", "Russia", "ru")
            .country("e-cn", "China", "cn");

    Evaluation run(List<Claim> claims, List<Source> sources) {
        return engine.evaluate(Fixtures.facts(claims, sources), f.lookup(), "2026-01-01T00:00:00Z");
    }

    static Verdict verdict(Evaluation e, String incidentKind, String measure) {
        String incident = e.incidents().stream().filter(i -> i.kind().equals(incidentKind)).findFirst().orElseThrow().id();
        return Fixtures.verdicts(e).stream().filter(v -> v.getIncidentId().equals(incident) && v.getMeasureId().equals(measure))
                .findFirst().orElseThrow();
    }

    static ReasoningStep step(Verdict v, String element) {
        return v.getReasoningList().stream().filter(s -> s.getElement().equals(element)).findFirst().orElseThrow();
    }

    @Test
    void confirmedGiftOfALuxuryCarIntoTheTargetIsAViolationOfLuxuryAndVehicleMeasures() {
        Claim gift = f.transfer("s1", "e-giver", "Ivan Example", "e-recipient", "Pak Sample", "a luxury car", "give",
                Modality.ASSERTED, "2024-02-20");
        Claim confirm = f.speech(ClaimType.CONFIRMATION, "s1", "e-spokes", "Oleg Speaker", "confirm", "2024-02-20", "e-recipient");
        Evaluation e = run(List.of(gift, confirm), List.of(Fixtures.source("s1", "Report one", "2024-02-20")));

        assertThat(e.incidents()).hasSize(1);
        assertThat(Fixtures.incidents(e).get(0).getItemClassification()).contains("luxury-automobile");
        assertThat(Fixtures.incidents(e).get(0).getHsHeadingsList()).contains("8703");
        for (String m : List.of("UN-DPRK-LUX", "UN-DPRK-VEH")) {
            Verdict v = verdict(e, "transfer", m);
            assertThat(v.getOutcome()).as(m).isEqualTo(Outcome.VIOLATION);
            assertThat(v.getReasoningList()).filteredOn(s -> !s.getElement().equals(Elements.EVIDENCE_STRENGTH))
                    .allSatisfy(s -> assertThat(s.getStatus()).isEqualTo(ElementStatus.MET));
            assertThat(step(v, Elements.DESTINATION).getEvidenceList())
                    .anySatisfy(ev -> {
                        assertThat(ev.getClaimId()).isEqualTo(gift.getId());
                        assertThat(ev.getSourceTitle()).isEqualTo("Report one");
                    });
            assertThat(step(v, Elements.EVIDENCE_STRENGTH).getEvidenceList())
                    .extracting(ev -> ev.getClaimId()).contains(confirm.getId());
            assertThat(v.getCitationsList()).isNotEmpty();
            assertThat(v.getConfidence()).isBetween(0.7, 0.99);
        }
        // Not arms, and the goods go into the target, not out of it.
        assertThat(verdict(e, "transfer", "UN-DPRK-ARMS").getOutcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(step(verdict(e, "transfer", "UN-DPRK-ARMS"), Elements.ITEM_IN_SCOPE).getStatus()).isEqualTo(ElementStatus.NOT_MET);
        assertThat(verdict(e, "transfer", "UN-DPRK-ARMS-EXP").getOutcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        // A US measure does not bind a non-US supplier.
        Verdict us = verdict(e, "transfer", "US-DPRK-EXPORT");
        assertThat(us.getOutcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(step(us, Elements.BOUND_ACTOR).getStatus()).isEqualTo(ElementStatus.NOT_MET);
    }

    @Test
    void aSingleUnconfirmedReportIsOnlyALikelyViolation() {
        Claim gift = f.transfer("s1", "e-giver", "Ivan Example", "e-recipient", "Pak Sample", "a limousine", "present",
                Modality.REPORTED, "2024-02-20");
        Evaluation e = run(List.of(gift), List.of(Fixtures.source("s1", "Report one", "2024-02-20")));
        Verdict v = verdict(e, "transfer", "UN-DPRK-LUX");
        assertThat(v.getOutcome()).isEqualTo(Outcome.LIKELY_VIOLATION);
        assertThat(v.getConfidence()).isLessThan(0.8);
    }

    @Test
    void twoIndependentSourcesConfirmButANearCopyDoesNot() {
        Claim a = f.transfer("s1", "e-giver", "Ivan Example", "e-recipient", "Pak Sample", "a luxury sedan", "give",
                Modality.REPORTED, "2024-02-20");
        Claim b = f.transfer("s2", "e-giver", "Ivan Example", "e-recipient", "Pak Sample", "a car", "give",
                Modality.REPORTED, "2024-02-20");
        Evaluation independent = run(List.of(a, b), List.of(Fixtures.source("s1", "One", "2024-02-20"),
                Fixtures.source("s2", "Two", "2024-02-21")));
        // Issue 18: two press reports do not make a confirmed transfer (the old expectation, VIOLATION,
        // was legally wrong); they raise the confidence, and an official's confirmation establishes it.
        Verdict two = verdict(independent, "transfer", "UN-DPRK-VEH");
        assertThat(two.getOutcome()).isEqualTo(Outcome.LIKELY_VIOLATION);
        assertThat(two.getConfidenceBasis()).contains("2 independent lines").contains("not established first-hand");

        Evaluation copied = run(List.of(a, b), List.of(Fixtures.source("s1", "One", "2024-02-20"),
                Fixtures.copyOf("s2", "Two", "2024-02-21", "s1")));
        Verdict copy = verdict(copied, "transfer", "UN-DPRK-VEH");
        assertThat(copy.getOutcome()).isEqualTo(Outcome.LIKELY_VIOLATION);
        assertThat(copy.getConfidence()).isLessThan(two.getConfidence());

        Claim confirm = f.speech(ClaimType.CONFIRMATION, "s2", "e-spokes", "Oleg Speaker", "confirm", "2024-02-21", "e-recipient");
        Evaluation official = run(List.of(a, b, confirm), List.of(Fixtures.source("s1", "One", "2024-02-20"),
                Fixtures.source("s2", "Two", "2024-02-21")));
        Verdict confirmed = verdict(official, "transfer", "UN-DPRK-VEH");
        assertThat(confirmed.getOutcome()).isEqualTo(Outcome.VIOLATION);
        assertThat(confirmed.getConfidenceBasis()).contains("T8").contains("official");
    }

    @Test
    void goodsLeavingANonTargetCountryAreNotApplicable() {
        Claim coal = f.transfer("s1", "e-ru", "Russia", "e-cn", "China", "coal", "export", Modality.ASSERTED, "2024-03-01");
        Evaluation e = run(List.of(coal), List.of(Fixtures.source("s1", "Trade", "2024-03-01")));
        Verdict v = verdict(e, "transfer", "UN-DPRK-EXP-2371");
        assertThat(v.getOutcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(step(v, Elements.DESTINATION).getStatus()).isEqualTo(ElementStatus.NOT_MET);
        assertThat(step(v, Elements.ITEM_IN_SCOPE).getStatus()).isEqualTo(ElementStatus.MET);
        assertThat(Fixtures.verdicts(e)).noneMatch(x -> x.getOutcome() == Outcome.VIOLATION || x.getOutcome() == Outcome.LIKELY_VIOLATION);
    }

    @Test
    void anUnnamedItemToAnUnresolvedRecipientIsInsufficientEvidence() {
        Claim vague = f.transfer("s1", "e-giver", "Ivan Example", "", "a delegation", "", "send", Modality.REPORTED, "2024-05-01");
        Evaluation e = run(List.of(vague), List.of(Fixtures.source("s1", "Vague", "2024-05-01")));
        Verdict v = verdict(e, "transfer", "UN-DPRK-LUX");
        assertThat(v.getOutcome()).isEqualTo(Outcome.INSUFFICIENT_EVIDENCE);
        assertThat(step(v, Elements.ITEM_IN_SCOPE).getStatus()).isEqualTo(ElementStatus.UNKNOWN);
        assertThat(step(v, Elements.DESTINATION).getStatus()).isEqualTo(ElementStatus.UNKNOWN);
    }

    @Test
    void anUnknownItemAloneMakesAPossibleViolation() {
        Claim gift = f.transfer("s1", "e-giver", "Ivan Example", "e-recipient", "Pak Sample", "a Zorblax", "give",
                Modality.ASSERTED, "2024-02-20");
        Evaluation e = run(List.of(gift), List.of(Fixtures.source("s1", "One", "2024-02-20")));
        assertThat(verdict(e, "transfer", "UN-DPRK-LUX").getOutcome()).isEqualTo(Outcome.POSSIBLE_VIOLATION);
    }

    @Test
    void anAllegedAndDeniedSupplyIsAPossibleViolationAtLowConfidence() {
        Claim alleged = f.allegation("s1", "e-kp", "North Korea", "e-ru", "Russia", "artillery shells and missiles", "supply",
                "2024-02-20", "suspicions");
        Claim denial = f.speech(ClaimType.DENIAL, "s1", "e-ru", "Russia", "deny", "2024-02-20");
        Evaluation e = run(List.of(alleged, denial), List.of(Fixtures.source("s1", "One", "2024-02-20")));
        Verdict v = verdict(e, "alleged_transfer", "UN-DPRK-ARMS-EXP");
        assertThat(v.getOutcome()).isEqualTo(Outcome.POSSIBLE_VIOLATION);
        assertThat(v.getConfidence()).isLessThanOrEqualTo(0.3);
        assertThat(step(v, Elements.EVIDENCE_STRENGTH).getExplanation()).contains("denied");
        // Out of the target, so the ban on supplies into it does not apply.
        assertThat(verdict(e, "alleged_transfer", "UN-DPRK-ARMS").getOutcome()).isEqualTo(Outcome.NOT_APPLICABLE);
    }

    @Test
    void aTransferBeforeTheMeasureWasAdoptedIsNoViolation() {
        Claim old = f.transfer("s1", "e-giver", "Ivan Example", "e-recipient", "Pak Sample", "a truck", "sell",
                Modality.ASSERTED, "2015-06-01");
        Evaluation e = run(List.of(old), List.of(Fixtures.source("s1", "Old", "2015-06-01")));
        Verdict v = verdict(e, "transfer", "UN-DPRK-VEH");
        assertThat(v.getOutcome()).isEqualTo(Outcome.NO_VIOLATION);
        assertThat(step(v, Elements.DATE_AFTER_ADOPTION).getStatus()).isEqualTo(ElementStatus.NOT_MET);
    }

    @Test
    void partiesIncludeSidesAndSpeakersButCountriesOnlyAsStates() {
        Claim gift = f.transfer("s1", "e-giver", "Ivan Example", "e-recipient", "Pak Sample", "a luxury car", "give",
                Modality.ASSERTED, "2024-02-20");
        Claim confirm = f.speech(ClaimType.CONFIRMATION, "s1", "e-spokes", "Oleg Speaker", "confirm", "2024-02-20");
        Claim alleged = f.allegation("s1", "e-kp", "North Korea", "e-ru", "Russia", "missiles", "supply", "2024-02-20");
        var facts = Fixtures.facts(List.of(gift, confirm, alleged), List.of(Fixtures.source("s1", "One", "2024-02-20")));
        Evaluation e = engine.evaluate(facts, f.lookup(), "now");
        var parties = new PartyCollector().collect(e.drafts(), facts, f.lookup());
        assertThat(parties).anySatisfy(p -> {
            assertThat(p.entityId()).isEqualTo("e-giver");
            assertThat(p.roles()).contains("giver");
        });
        assertThat(parties).anySatisfy(p -> {
            assertThat(p.entityId()).isEqualTo("e-spokes");
            assertThat(p.roles()).contains("confirmed", "speaker");
        });
        assertThat(parties).filteredOn(p -> p.schema().equals("COUNTRY"))
                .allSatisfy(p -> assertThat(p.roles()).allSatisfy(r -> assertThat(r).endsWith("_state")));
    }

    @Test
    void aReportDateOnlyBoundsTheEventFromAboveSoAnUndatedGiftIsOnlyPossible() {
        Claim gift = f.undatedTransfer("s1", "e-giver", "Ivan Example", "e-recipient", "Pak Sample", "a luxury car", "give",
                Modality.ASSERTED);
        Evaluation e = run(List.of(gift), List.of(Fixtures.source("s1", "Report one", "2024-02-20")));
        Verdict veh = verdict(e, "transfer", "UN-DPRK-VEH");
        assertThat(step(veh, Elements.DATE_AFTER_ADOPTION).getStatus()).isEqualTo(ElementStatus.UNKNOWN);
        assertThat(step(veh, Elements.DATE_AFTER_ADOPTION).getExplanation()).contains("..2024-02-20").contains("straddles");
        assertThat(veh.getOutcome()).isEqualTo(Outcome.POSSIBLE_VIOLATION);
        // ... but a report older than the measure proves the event came before it
        Evaluation old = run(List.of(gift), List.of(Fixtures.source("s1", "Report one", "2015-02-20")));
        assertThat(verdict(old, "transfer", "UN-DPRK-VEH").getOutcome()).isEqualTo(Outcome.NO_VIOLATION);
    }
}
