package dossier.sanctions.imports;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ImportDiffTest {

    @Test
    void sortsEveryReferenceIntoOneKindOfChange() {
        Map<String, ImportDiff.Stored> stored = Map.of(
                "A", new ImportDiff.Stored("h1", false),
                "B", new ImportDiff.Stored("h2", false),
                "C", new ImportDiff.Stored("h3", true),     // delisted before, listed again
                "D", new ImportDiff.Stored("h4", false),    // not in the file
                "E", new ImportDiff.Stored("h5", true));    // delisted before, still absent
        Map<String, String> incoming = new LinkedHashMap<>();
        incoming.put("N", "n");
        incoming.put("A", "h1");
        incoming.put("B", "other");
        incoming.put("C", "h3");
        ImportDiff d = ImportDiff.between(stored, incoming);
        assertThat(d.added()).containsExactly("N");
        assertThat(d.changed()).containsExactly("B", "C");
        assertThat(d.unchanged()).containsExactly("A");
        assertThat(d.delisted()).containsExactly("D");
        assertThat(d.total()).isEqualTo(4);
        // of the three active before (A, B, D) one goes
        assertThat(d.activeBefore()).isEqualTo(3);
        assertThat(d.delistedShare()).isEqualTo(1.0 / 3);
    }

    @Test
    void aFirstImportDelistsNothingAndSamplesAreBounded() {
        Map<String, String> incoming = new LinkedHashMap<>();
        for (int i = 0; i < 50; i++) {
            incoming.put("R" + i, "h");
        }
        ImportDiff d = ImportDiff.between(Map.of(), incoming);
        assertThat(d.delistedShare()).isZero();
        assertThat(d.added()).hasSize(50);
        assertThat(ImportDiff.sample(d.added(), 20)).hasSize(20).startsWith("R0", "R1");
        assertThat(ImportDiff.sample(List.of("x"), 20)).containsExactly("x");
    }
}
