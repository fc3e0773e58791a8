package dossier.sanctions.measures;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Every maker the makes and models data calls designated is in the shipped OFAC list under that reference and program. */
class MakesModelsTest {
    @Test
    void listedMakersAreInTheShippedOfacList() throws IOException {
        String sdn;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("lists/ofac_sdn.csv")) {
            sdn = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        var makes = ItemClassifier.standard().makes();
        long listed = makes.stream().mapToLong(m -> m.manufacturer().listed().size()).sum();
        assertThat(listed).isGreaterThanOrEqualTo(5);
        for (MakeModel m : makes) {
            for (MakeModel.ListedRef ref : m.manufacturer().listed()) {
                String row = sdn.lines().filter(l -> l.startsWith(ref.reference() + ",")).findFirst().orElse("");
                assertThat(row).as(ref.toString()).contains("\"" + ref.name() + "\"").contains(ref.program());
                assertThat(m.manufacturer().screenNames()).contains(ref.name());
            }
        }
    }
}
