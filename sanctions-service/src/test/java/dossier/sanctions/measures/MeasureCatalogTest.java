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
        assertThat(c.ofRegime("UN-DPRK")).allSatisfy(m -> assertThat(m.targetCountry()).isEqualTo("kp"));
        assertThat(c.ofRegime("US-DPRK")).extracting(MeasureDefinition::id).contains("US-DPRK-EXPORT", "US-NKSPEA-104A", "US-EO13810");
        assertThat(c.all()).extracting(MeasureDefinition::id).contains("US-EO14024", "EU-DPRK-LUX", "EU-RUS-269",
                "UN-DPRK-ASSET-FREEZE", "UN-DPRK-EXP-2321", "UN-DPRK-PETROLEUM", "UN-DPRK-WORKERS", "UN-DPRK-HELI-VESSEL", "UN-DPRK-ARMS-TA");
        // each category has its own adoption date and the resolution that added it
        assertThat(lux.scope()).anySatisfy(s -> {
            assertThat(s.hsOrEmpty()).contains("8703");
            assertThat(s.adopted()).isEqualTo("2013-03-07");
            assertThat(s.citation()).contains("2094");
        });
        assertThat(lux.scope()).anySatisfy(s -> {
            assertThat(s.hsOrEmpty()).contains("6911");
            assertThat(s.minValueUsd()).isEqualTo(100.0);
            assertThat(s.adopted()).isEqualTo("2016-11-30");
        });
        // E.O. 13722's export ban is sec. 3(a)(i), signed 2016-03-15
        MeasureDefinition us = c.all().stream().filter(m -> m.id().equals("US-DPRK-EXPORT")).findFirst().orElseThrow();
        assertThat(us.citations()).anySatisfy(ci -> assertThat(ci.provision()).isEqualTo("sec. 3(a)(i)"));
        assertThat(us.adopted()).isEqualTo("2016-03-15");
    }

    @Test
    void aMeasureWithoutCitationIsRejectedWithItsId() {
        String json = """
                [{"id":"X-1","regime":"X","nature":"prohibition","title":"t","citations":[],"adopted":"2020-01-01","direction":"INTO",
                  "targetCountry":"kp","bound":"b","elements":["CONDUCT"],"conduct":["supply"],"version":1}]
                """;
        assertThatThrownBy(() -> MeasureCatalog.parse("test.json", json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("X-1").hasMessageContaining("citation");
    }

    @Test
    void aBadDateOrDirectionIsRejected() {
        String badDate = """
                [{"id":"X-2","regime":"X","nature":"prohibition","title":"t","citations":[{"instrument":"I","provision":"p","summary":"s"}],
                  "adopted":"22 Dec 2017","direction":"INTO","targetCountry":"kp","bound":"b","elements":["CONDUCT"],"conduct":["supply"],"version":1}]
                """;
        assertThatThrownBy(() -> MeasureCatalog.parse("test.json", badDate.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("X-2").hasMessageContaining("not an ISO date");
        String badDir = badDate.replace("22 Dec 2017", "2017-12-22").replace("\"INTO\"", "\"SIDEWAYS\"");
        assertThatThrownBy(() -> MeasureCatalog.parse("test.json", badDir.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("direction");
        assertThatThrownBy(() -> MeasureCatalog.parse("test.json", "{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("test.json");
    }

    @Test
    void aScopeHeadingOutsideTheHarmonizedSystemOrAnUndeclaredElementIsRejected() {
        String badHs = """
                [{"id":"X-3","regime":"X","nature":"prohibition","title":"t","citations":[{"instrument":"I","provision":"p","summary":"s"}],
                  "adopted":"2017-12-22","direction":"INTO","targetCountry":"kp","bound":"b","elements":["ITEM_IN_SCOPE"],
                  "scope":[{"label":"l","hs":["8799"],"adopted":"2017-12-22","citation":"c"}],"version":1}]
                """;
        assertThatThrownBy(() -> MeasureCatalog.parse("test.json", badHs.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("X-3").hasMessageContaining("8799");
        String badElement = badHs.replace("8799", "8703").replace("\"ITEM_IN_SCOPE\"", "\"ITEM_IN_SCOPE\",\"GUILT\"");
        assertThatThrownBy(() -> MeasureCatalog.parse("test.json", badElement.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("GUILT");
    }
}
