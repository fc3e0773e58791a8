package dossier.sanctions.measures;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeasureCatalogTest {
    static final List<String> FILES = List.of("measures/un-dprk.json", "measures/us-dprk.json", "measures/eu-dprk.json");

    @Test
    void shippedMeasuresLoadWithTheirCitations() {
        MeasureCatalog c = MeasureCatalog.fromClasspath(FILES);
        assertThat(c.ofRegime("UN-DPRK")).extracting(MeasureDefinition::id).contains("UN-DPRK-LUX", "UN-DPRK-VEH",
                "UN-DPRK-ARMS", "UN-DPRK-ARMS-EXP", "UN-DPRK-EXP-2371", "UN-DPRK-EXP-2375", "UN-DPRK-EXP-2397");
        MeasureDefinition lux = c.all().stream().filter(m -> m.id().equals("UN-DPRK-LUX")).findFirst().orElseThrow();
        assertThat(lux.citations()).anySatisfy(ci -> {
            assertThat(ci.instrument()).isEqualTo("S/RES/1718 (2006)");
            assertThat(ci.provision()).isEqualTo("para 8(a)(iii)");
        });
        assertThat(lux.citations()).anySatisfy(ci -> {
            assertThat(ci.instrument()).isEqualTo("S/RES/2094 (2013)");
            assertThat(ci.provision()).contains("para 23").contains("Annex IV");
        });
        MeasureDefinition veh = c.all().stream().filter(m -> m.id().equals("UN-DPRK-VEH")).findFirst().orElseThrow();
        assertThat(veh.citations()).singleElement().satisfies(ci -> assertThat(ci.provision()).isEqualTo("para 7"));
        assertThat(c.all()).allSatisfy(m -> assertThat(m.targetCountry()).isEqualTo("kp"));
        assertThat(c.ofRegime("US-DPRK")).isNotEmpty();
    }

    @Test
    void aMeasureWithoutCitationIsRejectedWithItsId() {
        String json = """
                [{"id":"X-1","regime":"X","title":"t","citations":[],"adopted":"2020-01-01","direction":"INTO",
                  "targetCountry":"kp","bound":"b","conduct":["supply"],"itemCategories":["arms"],"version":1}]
                """;
        assertThatThrownBy(() -> MeasureCatalog.parse("test.json", json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("X-1").hasMessageContaining("citation");
    }

    @Test
    void aBadDateOrDirectionIsRejected() {
        String badDate = """
                [{"id":"X-2","regime":"X","title":"t","citations":[{"instrument":"I","provision":"p","summary":"s"}],
                  "adopted":"22 Dec 2017","direction":"INTO","targetCountry":"kp","conduct":["supply"],"itemCategories":["arms"],"version":1}]
                """;
        assertThatThrownBy(() -> MeasureCatalog.parse("test.json", badDate.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("X-2").hasMessageContaining("not an ISO date");
        String badDir = badDate.replace("22 Dec 2017", "2017-12-22").replace("\"INTO\"", "\"SIDEWAYS\"");
        assertThatThrownBy(() -> MeasureCatalog.parse("test.json", badDir.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("direction");
        assertThatThrownBy(() -> MeasureCatalog.parse("test.json", "{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("test.json");
    }
}
