package dossier.web.model;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.v1.DateInterval;
import dossier.model.v1.DatePrecision;
import dossier.source.v1.Claim;
import dossier.source.v1.Source;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateSpanTest {

    private static final Source SOURCE = Source.newBuilder().setId("s").setPublishedDate("2024-02-20").build();

    @Test
    void theIntervalIsReadWhenSetElseTheTime() {
        Claim month = Claim.newBuilder().setTime("2024-02-01").setTimeInterval(DateInterval.newBuilder()
                .setStart("2024-02-01").setEnd("2024-02-29").setPrecision(DatePrecision.DATE_PRECISION_MONTH).setBasis("text")).build();
        DateSpan d = DateSpan.of(month, SOURCE).orElseThrow();
        assertThat(d.start()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(d.end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(d.point()).isFalse();
        assertThat(d.label()).isEqualTo("2024-02-01 – 2024-02-29");

        DateSpan day = DateSpan.of(Claim.newBuilder().setTime("2024-02-18T00:00:00Z").build(), SOURCE).orElseThrow();
        assertThat(day.point()).isTrue();
        assertThat(day.fromPublication()).isFalse();
    }

    @Test
    void aTimeThatIsOnlyTheReportsDateBoundsTheEventFromAbove() {
        DateSpan d = DateSpan.of(Claim.newBuilder().setTime("2024-02-20").build(), SOURCE).orElseThrow();
        assertThat(d.start()).isNull();
        assertThat(d.end()).isEqualTo(LocalDate.of(2024, 2, 20));
        assertThat(d.fromPublication()).isTrue();
        assertThat(d.label()).isEqualTo("… – 2024-02-20");
        assertThat(DateSpan.of(Claim.newBuilder().setTime("sometime").build(), SOURCE)).isEmpty();
    }

    @Test
    void spansOverlapWhenTheyShareADayAndOpenSidesShareEverything() {
        DateSpan early = new DateSpan(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 10), DatePrecision.DATE_PRECISION_PART_OF_MONTH, false);
        DateSpan day = DateSpan.day(LocalDate.of(2024, 2, 18));
        DateSpan month = new DateSpan(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29), DatePrecision.DATE_PRECISION_MONTH, false);
        DateSpan upTo = new DateSpan(null, LocalDate.of(2024, 2, 5), DatePrecision.DATE_PRECISION_UPPER_BOUND, true);
        assertThat(early.overlaps(day)).isFalse();
        assertThat(day.overlaps(early)).isFalse();
        assertThat(month.overlaps(day)).isTrue();
        assertThat(upTo.overlaps(early)).isTrue();
        assertThat(upTo.overlaps(day)).isFalse();
    }
}
