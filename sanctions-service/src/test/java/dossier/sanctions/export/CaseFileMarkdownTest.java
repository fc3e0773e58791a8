package dossier.sanctions.export;

import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseFile;
import dossier.source.v1.Source;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseFileMarkdownTest {

    @Test
    void sourceTextCannotInjectMarkup() {
        CaseFile file = CaseFile.newBuilder()
                .setCase(Case.newBuilder().setId("c").setTitle("A <script>alert(1)</script> | *case*"))
                .addSources(Source.newBuilder().setId("s").setTitle("[click](http://evil.example)").setContentHash("h"))
                .build();
        String md = CaseFileMarkdown.render(file);
        assertThat(md).startsWith("# A \\<script\\>alert(1)\\</script\\> \\| \\*case\\*");
        assertThat(md).contains("1. \\[click\\](http://evil.example)").doesNotContain("<script>");
    }

    @Test
    void anEmptyCaseSaysSoInsteadOfFailing() {
        String md = CaseFileMarkdown.render(CaseFile.newBuilder().setCase(Case.newBuilder().setId("c").setTitle("Empty")).build());
        assertThat(md).contains("No verdicts yet.").contains("None found.");
    }

    @Test
    void overridesDismissalsNotesAndHistoryAreInTheReport() {
        String md = CaseFileMarkdown.render(SampleCaseFile.build());
        assertThat(md).contains("## Notes\n\nAsk the port authority for the manifest.")
                .contains("#### Ban on luxury vessels — **NO\\_VIOLATION** (analyst's override; computed: LIKELY_VIOLATION, confidence 80 %")
                .contains("Overridden by bob on 2025-04-01T10:00:00Z to **NO\\_VIOLATION** (computed LIKELY_VIOLATION): The yacht was returned")
                .contains("  - [S1] \"Alpha Trading delivered a yacht\"")
                .contains("REF-7 \"Alpha Trading Ltd\" 90 % (dismissed by carla on 2025-04-02T09:00:00Z: registered elsewhere)")
                .contains("LIKELY_VIOLATION → NO_VIOLATION by bob (override: The yacht was returned before delivery)")
                .contains("1. Yacht arrives — Harbour News, 2025-03-02, <https://news.example/yacht>");
        // issue 18: why this confidence, who is bound and who is exposed, and every engaged measure in one table
        assertThat(md).contains("**Why this confidence:** T9 (every element met")
                .contains("**Binds:** all Member States")
                .contains("**Exposed:** Freedonia (state possibly in breach) — Resolution 9 para 3")
                .contains("## Engaged measures");
    }
}
