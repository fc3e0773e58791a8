package dossier.source.eval.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dossier.model.v1.DateInterval;
import dossier.model.v1.DatePrecision;
import dossier.model.v1.EventKind;
import dossier.source.v1.Claim;
import dossier.source.v1.ClaimArgument;
import dossier.source.v1.ClaimType;
import dossier.source.v1.Modality;
import dossier.source.v1.Span;
import dossier.support.model.EventModel;

class ClaimReaderTest {

    private final ClaimReader reader = new ClaimReader(EventModel.standard(), MatchingRules.standard());

    private static Claim.Builder claim(ClaimType type) {
        return Claim.newBuilder().setId("x#0").setType(type).setModality(Modality.REPORTED)
                .setSpan(Span.newBuilder().setStart(5).setEnd(40));
    }

    private static ClaimArgument arg(String role, String value, String normalized) {
        return ClaimArgument.newBuilder().setRole(role).setValue(value).setNormalized(normalized).build();
    }

    @Test
    void oldClaimTypesAndRolesMapOntoTheEventModel() {
        PredictedEvent p = reader.read("x", "2019-06-01", claim(ClaimType.ALLEGATION).addArguments(arg("date", "in June 2019", "2019-06"))
                .addArguments(arg("delivered_to", "Nampo", "")).build());
        assertThat(p.kind()).isEqualTo("transfer");
        assertThat(p.modality()).isEqualTo("reported");
        assertThat(p.roles()).containsOnlyKeys("time", "destination");
        assertThat(p.start()).isEqualTo(5);
        assertThat(reader.read("x", "2019-06-01", claim(ClaimType.QUOTE).build()).kind()).isEqualTo("statement");
    }

    @Test
    void theEventKindWinsAndModelRolesStayAsTheyAre() {
        PredictedEvent p = reader.read("x", "2019-06-01", claim(ClaimType.TRANSFER).setEventKind(EventKind.EVENT_KIND_SHIPMENT)
                .addArguments(arg("delivered_to", "Nampo", "")).addArguments(arg("date", "May", "2019-05")).build());
        assertThat(p.kind()).isEqualTo("shipment");
        assertThat(p.roles()).containsOnlyKeys("delivered_to", "time");
    }

    @Test
    void theClaimIntervalStandsForAMissingTimeUnlessItIsOnlyTheReportDate() {
        DateInterval may = DateInterval.newBuilder().setStart("2019-05-01").setEnd("2019-05-10")
                .setPrecision(DatePrecision.DATE_PRECISION_PART_OF_MONTH).build();
        PredictedEvent p = reader.read("x", "2019-06-01", claim(ClaimType.TRANSFER).setTimeInterval(may).build());
        assertThat(p.values("time")).singleElement().satisfies(v -> assertThat(v.start()).isEqualTo("2019-05-01"));
        DateInterval bound = may.toBuilder().setPrecision(DatePrecision.DATE_PRECISION_UPPER_BOUND).build();
        assertThat(reader.read("x", "2019-06-01", claim(ClaimType.TRANSFER).setTimeInterval(bound).build()).roles()).isEmpty();
    }

    @Test
    void aLegacyClaimTimeCountsOnlyWhenItIsNotTheReportDate() {
        assertThat(reader.read("x", "2019-06-01", claim(ClaimType.TRANSFER).setTime("2019-05").build()).values("time"))
                .singleElement().satisfies(v -> assertThat(v.normalized()).isEqualTo("2019-05"));
        assertThat(reader.read("x", "2019-06-01", claim(ClaimType.TRANSFER).setTime("2019-06-01").build()).roles()).isEmpty();
        assertThat(reader.read("x", "2019-06-01", claim(ClaimType.TRANSFER).setEventKind(EventKind.EVENT_KIND_TRANSFER)
                .setTime("2019-05").build()).roles()).isEmpty();
    }
}
