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
}
