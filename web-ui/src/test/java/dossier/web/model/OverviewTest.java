package dossier.web.model;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.HitDismissal;
import dossier.sanctions.v1.Incident;
import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.Party;
import dossier.sanctions.v1.ScreeningHit;
import dossier.sanctions.v1.Verdict;
import dossier.sanctions.v1.VerdictOverride;
import dossier.source.v1.Conflict;
import dossier.source.v1.Source;
import org.junit.jupiter.api.Test;

class OverviewTest {

    private static Verdict verdict(String id, String incident, String measure, Outcome outcome, double confidence) {
        return Verdict.newBuilder().setId(id).setIncidentId(incident).setMeasureId(measure).setMeasureTitle("M " + measure)
                .setOutcome(outcome).setConfidence(confidence).build();
    }

    private static CaseFile file() {
        return CaseFile.newBuilder()
                .setCase(Case.newBuilder().setId("c").setEvaluatedAt("2026-11-03T10:00:00Z"))
                .addIncidents(Incident.newBuilder().setId("i1").setSummary("Car to Kim"))
                .addIncidents(Incident.newBuilder().setId("i2").setSummary("Nothing engaged"))
                .addVerdicts(verdict("v1", "i1", "LUX", Outcome.LIKELY_VIOLATION, 0.82))
                .addVerdicts(verdict("v2", "i1", "VEH", Outcome.VIOLATION, 0.9))
                .addVerdicts(verdict("v3", "i1", "US", Outcome.NOT_APPLICABLE, 0.9))
                .addVerdicts(verdict("v4", "i2", "LUX", Outcome.NO_VIOLATION, 0.7))
                // overridden from "not applicable" to "possible": the analyst's outcome engages ARMS
                .addVerdicts(verdict("v5", "i2", "ARMS", Outcome.NOT_APPLICABLE, 0.6).toBuilder()
                        .setOverride(VerdictOverride.newBuilder().setOutcome(Outcome.POSSIBLE_VIOLATION).setAnalyst("a"))
                        .setEffectiveOutcome(Outcome.POSSIBLE_VIOLATION).build())
                .addParties(Party.newBuilder().setEntityId("p1").setName("Putin")
                        .addHits(ScreeningHit.newBuilder().setList("OFAC SDN").setProgram("RUSSIA-EO14024").setPassesThreshold(true))
                        .addHits(ScreeningHit.newBuilder().setList("OFAC SDN").setProgram("RUSSIA-EO14024").setPassesThreshold(true)))
                .addParties(Party.newBuilder().setEntityId("p2").setName("Namesake")
                        .addHits(ScreeningHit.newBuilder().setList("UN").setPassesThreshold(true)
                                .setDismissal(HitDismissal.newBuilder().setAnalyst("a"))))
                .addParties(Party.newBuilder().setEntityId("p3").setName("Weak")
                        .addHits(ScreeningHit.newBuilder().setList("UN").setPassesThreshold(false)))
                .addSources(Source.newBuilder().setId("s1").setIngestedAt("2026-11-02T09:00:00Z"))
                .addSources(Source.newBuilder().setId("s2").setIngestedAt("2026-11-03T11:00:00Z"))
                .addConflicts(Conflict.newBuilder().setId("k1"))
                .build();
    }

    @Test
    void columnsAreTheEngagedMeasuresMostSevereFirstAndRowsTheIncidentsThatEngageAny() {
        Overview o = Overview.of(file());
        assertThat(o.columns()).extracting(Overview.Column::measureId).containsExactly("VEH", "LUX", "ARMS");
        assertThat(o.measuresNotEngaged()).isEqualTo(1);   // US: not applicable everywhere
        assertThat(o.rows()).extracting(Overview.Row::incidentId).containsExactly("i1", "i2");
    }

    @Test
    void eachCellCarriesTheOutcomeThatCountsAndLinksToItsVerdict() {
        CaseFile f = file();
        Overview o = Overview.of(f);
        Overview.Cell lux = o.cell(f, "i1", "LUX");
        assertThat(lux.outcome()).isEqualTo(Outcome.LIKELY_VIOLATION);
        assertThat(lux.confidence()).isEqualTo(0.82);
        assertThat(lux.target()).isEqualTo(new Target(Section.VERDICTS, "verdict-v1", ""));
        Overview.Cell arms = o.cell(f, "i2", "ARMS");
        assertThat(arms.overridden()).isTrue();
        assertThat(arms.outcome()).isEqualTo(Outcome.POSSIBLE_VIOLATION);
        assertThat(arms.computed()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(o.cell(f, "i2", "VEH").present()).isFalse();
        assertThat(o.cell(f, "i2", "LUX").target().elementId()).isEqualTo("verdict-v4");
    }

    @Test
    void listedPartiesAreThoseWithStandingHitsEachListingOnce() {
        Overview o = Overview.of(file());
        assertThat(o.listedParties()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("Putin");
            assertThat(p.listings()).containsExactly("OFAC SDN · RUSSIA-EO14024");
            assertThat(p.target()).isEqualTo(Target.party("p1"));
        });
        assertThat(o.openConflicts()).isEqualTo(1);
    }

    @Test
    void sourcesStoredAfterTheEvaluationMakeTheVerdictsStale() {
        Overview.Staleness s = Overview.of(file()).staleness();
        assertThat(s.stale()).isTrue();
        assertThat(s.staleSourceIds()).containsExactly("s2");
        assertThat(s.target()).isEqualTo(Target.source("s2"));

        CaseFile never = file().toBuilder().setCase(Case.newBuilder().setId("c")).build();
        assertThat(Overview.of(never).staleness().neverEvaluated()).isTrue();
        CaseFile fresh = file().toBuilder().removeSources(1).build();
        assertThat(Overview.of(fresh).staleness().stale()).isFalse();
        assertThat(Overview.of(fresh).staleness().target()).isNull();
    }
}
