package dossier.sanctions.mapping;

import dossier.model.v1.Comparator;
import dossier.model.v1.DateInterval;
import dossier.model.v1.DatePrecision;
import dossier.model.v1.EventKind;
import dossier.model.v1.Role;
import dossier.sanctions.domain.Amount;
import dossier.sanctions.domain.ClaimFact;
import dossier.sanctions.domain.ClaimKind;
import dossier.source.v1.Claim;
import dossier.source.v1.ClaimArgument;
import dossier.source.v1.ClaimType;
import dossier.source.v1.Modality;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The edge: old and new claim shapes arrive as the same domain facts. */
class FactsMapperTest {
    @Test
    void oldRoleNamesMapToTheDeclaredRoles() {
        ClaimFact c = FactsMapper.claim(Claim.newBuilder().setId("c").setType(ClaimType.TRANSFER).setModality(Modality.ASSERTED)
                .addArguments(ClaimArgument.newBuilder().setRole("date").setNormalized("2024-02-18"))
                .addArguments(ClaimArgument.newBuilder().setRole("object").setValue("the gift"))
                .addArguments(ClaimArgument.newBuilder().setRole("Giver").setValue("X"))
                .addArguments(ClaimArgument.newBuilder().setRole("no-such-role").setValue("?")).build());
        assertThat(c.first(Role.ROLE_TIME).orElseThrow().normalized()).isEqualTo("2024-02-18");
        assertThat(c.first(Role.ROLE_SUBJECT).orElseThrow().value()).isEqualTo("the gift");
        assertThat(c.first(Role.ROLE_GIVER)).isPresent();
        assertThat(c.first(Role.ROLE_UNSPECIFIED).orElseThrow().value()).isEqualTo("?");
        assertThat(c.kind()).isEqualTo(ClaimKind.TRANSFER);
        // an extraction that set no event kind, interval or amount leaves them empty, never guessed
        assertThat(c.eventKind()).isEqualTo(EventKind.EVENT_KIND_UNSPECIFIED);
        assertThat(c.interval()).isNull();
        assertThat(c.first(Role.ROLE_TIME).orElseThrow().interval()).isNull();
    }

    @Test
    void intervalsAndAmountsArriveAsPlainValues() {
        ClaimFact c = FactsMapper.claim(Claim.newBuilder().setId("c").setType(ClaimType.TRANSFER)
                .setEventKind(EventKind.EVENT_KIND_SHIPMENT)
                .setTimeInterval(DateInterval.newBuilder().setEnd("2024-02-20").setPrecision(DatePrecision.DATE_PRECISION_UPPER_BOUND))
                .addArguments(ClaimArgument.newBuilder().setRole("time").setInterval(DateInterval.newBuilder()
                        .setStart("2019-05-01").setEnd("2019-05-10").setPrecision(DatePrecision.DATE_PRECISION_PART_OF_MONTH).setBasis("text")))
                .addArguments(ClaimArgument.newBuilder().setRole("value").setAmount(dossier.model.v1.Amount.newBuilder()
                        .setValue(300000).setCurrency("usd").setComparator(Comparator.COMPARATOR_AT_LEAST)))
                .addArguments(ClaimArgument.newBuilder().setRole("time").setInterval(DateInterval.newBuilder().setStart("not a date")))
                .build());
        assertThat(c.eventKind()).isEqualTo(EventKind.EVENT_KIND_SHIPMENT);
        // an upper bound without a basis is the report's date
        assertThat(c.interval().end()).isEqualTo(LocalDate.of(2024, 2, 20));
        assertThat(c.interval().start()).isNull();
        assertThat(c.interval().basis()).isEqualTo("publication");
        var time = c.all(Role.ROLE_TIME);
        assertThat(time.get(0).interval().start()).isEqualTo(LocalDate.of(2019, 5, 1));
        assertThat(time.get(0).interval().precision()).isEqualTo("part_of_month");
        assertThat(time.get(1).interval()).isNull();
        Amount a = c.first(Role.ROLE_VALUE).orElseThrow().amount();
        assertThat(a.currency()).isEqualTo("USD");
        assertThat(a.comparator()).isEqualTo(Amount.Comparator.AT_LEAST);
        assertThat(a.value()).isEqualTo(300000);
    }
}
