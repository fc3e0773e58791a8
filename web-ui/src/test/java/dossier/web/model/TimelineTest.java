package dossier.web.model;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.v1.DateInterval;
import dossier.model.v1.DatePrecision;
import dossier.model.v1.EventKind;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.Citation;
import dossier.sanctions.v1.Incident;
import dossier.sanctions.v1.Measure;
import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.Verdict;
import dossier.source.v1.Claim;
import dossier.source.v1.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static Claim claim(String id, String source, String start, String end, DatePrecision p) {
        return Claim.newBuilder().setId(id).setSourceId(source).setEventKind(EventKind.EVENT_KIND_TRANSFER)
                .setTime(start).setTimeInterval(DateInterval.newBuilder().setStart(start).setEnd(end).setPrecision(p)
                        .setBasis("text")).build();
    }

    private static CaseFile file() {
        return CaseFile.newBuilder()
                .addSources(Source.newBuilder().setId("s1").setOutlet("Wire A").setPublishedDate("2024-02-20"))
                .addSources(Source.newBuilder().setId("s2").setOutlet("Weekly B").setPublishedDate("2024-02-20"))
                .addSources(Source.newBuilder().setId("s3").setOutlet("Daily C").setPublishedDate("2024-02-25"))
                .addClaims(claim("c1", "s1", "2024-02-18", "2024-02-18", DatePrecision.DATE_PRECISION_DAY))
                .addClaims(claim("c2", "s2", "2024-02-01", "2024-02-10", DatePrecision.DATE_PRECISION_PART_OF_MONTH))
                .addClaims(claim("c3", "s3", "2024-02-18", "2024-02-18", DatePrecision.DATE_PRECISION_DAY))
                // only the report's date: not drawn while the sources give better
                .addClaims(Claim.newBuilder().setId("c4").setSourceId("s3").setTime("2024-02-25"))
                .addIncidents(Incident.newBuilder().setId("i1").setSummary("Car to Kim")
                        .addClaimIds("c1").addClaimIds("c2").addClaimIds("c3").addClaimIds("c4"))
                .addVerdicts(Verdict.newBuilder().setId("v1").setIncidentId("i1").setMeasureId("LUX")
                        .setOutcome(Outcome.VIOLATION))
                .addVerdicts(Verdict.newBuilder().setId("v2").setIncidentId("i1").setMeasureId("VEH")
                        .setOutcome(Outcome.LIKELY_VIOLATION)
                        .addCitations(Citation.newBuilder().setInstrument("S/RES/2397 (2017)")))
                .addVerdicts(Verdict.newBuilder().setId("v3").setIncidentId("i1").setMeasureId("NEW")
                        .setOutcome(Outcome.POSSIBLE_VIOLATION))
                .build();
    }

    private static final List<Measure> MEASURES = List.of(
            Measure.newBuilder().setId("LUX").setAdopted("2013-03-07").build(),
            Measure.newBuilder().setId("NEW").setAdopted("2024-02-15").build());

    @Test
    void eachDistinctDateOfAnEventIsARowAndDisjointDatesAreMarkedSideBySide() {
        Timeline t = Timeline.of(file(), MEASURES);
        List<Timeline.Item> events = t.items().stream().filter(i -> i.kind() == Timeline.Kind.EVENT).toList();
        assertThat(events).hasSize(2);
        Timeline.Item early = events.get(0);
        Timeline.Item day = events.get(1);
        assertThat(early.interval()).isTrue();
        assertThat(early.claimIds()).containsExactly("c2");
        assertThat(day.interval()).isFalse();
        assertThat(day.claimIds()).containsExactly("c1", "c3");
        assertThat(day.label()).contains("Wire A").contains("Daily C");
        assertThat(events).allMatch(Timeline.Item::conflicting);
        // side by side: adjacent rows of one lane, the earlier date left of the later
        assertThat(day.y() - early.y()).isEqualTo(Timeline.ROW);
        assertThat(early.x2()).isLessThan(day.x1());
    }

    @Test
    void datesThatCanAllBeTrueAreNotAConflict() {
        CaseFile f = file().toBuilder().removeClaims(1).build();   // without the "early February" claim
        List<Timeline.Item> events = Timeline.of(f, MEASURES).items().stream()
                .filter(i -> i.kind() == Timeline.Kind.EVENT).toList();
        assertThat(events).singleElement().satisfies(e -> assertThat(e.conflicting()).isFalse());
    }

    @Test
    void sourcesStandAtTheirPublicationDateStackedOnTheSameDay() {
        Timeline t = Timeline.of(file(), MEASURES);
        List<Timeline.Item> sources = t.items().stream().filter(i -> i.kind() == Timeline.Kind.SOURCE).toList();
        assertThat(sources).extracting(Timeline.Item::id).containsExactly("source-s1", "source-s2", "source-s3");
        assertThat(sources.get(0).x1()).isEqualTo(sources.get(1).x1());
        assertThat(sources.get(1).y()).isGreaterThan(sources.get(0).y());
        assertThat(sources.get(2).x1()).isGreaterThan(sources.get(0).x1());
        assertThat(sources.get(0).target()).isEqualTo(Target.source("s1"));
    }

    @Test
    void adoptionsBeforeTheEventsGoToTheGutterAndThoseInsideAreDrawnInPlace() {
        Timeline t = Timeline.of(file(), MEASURES);
        assertThat(t.hasGutter()).isTrue();
        Timeline.Item lux = item(t, "measure-LUX");
        assertThat(lux.x1()).isLessThan(t.plotLeft());
        assertThat(lux.label()).isEqualTo("LUX · 2013-03-07");
        assertThat(lux.target()).isEqualTo(Target.verdict("v1"));
        Timeline.Item recent = item(t, "measure-NEW");
        assertThat(recent.x1()).isBetween(t.plotLeft(), item(t, "source-s1").x1());
        // no adoption date from MeasureService: the citation's year
        assertThat(item(t, "measure-VEH").label()).isEqualTo("VEH · 2017-01-01 – 2017-12-31");
    }

    private static Timeline.Item item(Timeline t, String id) {
        return t.items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }
}
