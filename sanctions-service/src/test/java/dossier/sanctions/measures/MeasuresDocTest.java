package dossier.sanctions.measures;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** MEASURES.md documents every measure the rules evaluate, with each of its citations and scope entries. */
class MeasuresDocTest {
    @Test
    void everyMeasureCitationAndScopeEntryIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("MEASURES.md"));
        MeasureCatalog c = MeasureCatalog.fromClasspath(List.of("measures/un-dprk.json", "measures/us-dprk.json", "measures/eu-dprk.json"));
        for (MeasureDefinition m : c.all()) {
            assertThat(doc).as(m.id()).contains("### " + m.id() + " — " + m.title());
            m.citations().forEach(ci -> assertThat(doc).as(m.id()).contains(ci.instrument() + " " + ci.provision()));
            m.scopeOrEmpty().forEach(s -> assertThat(doc).as(m.id()).contains(s.label() + ":").contains(s.citation()));
        }
    }
}
