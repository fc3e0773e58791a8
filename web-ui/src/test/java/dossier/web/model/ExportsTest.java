package dossier.web.model;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.sanctions.v1.ExportCaseFileResponse;
import dossier.sanctions.v1.ExportFormat;
import org.junit.jupiter.api.Test;

class ExportsTest {

    @Test
    void theServicesFileNameIsKeptButNeverAsAPath() {
        var r = ExportCaseFileResponse.newBuilder().setFilename("aurus-gift-2024.md").build();
        assertThat(Exports.fileName(r, "c1", ExportFormat.MARKDOWN)).isEqualTo("aurus-gift-2024.md");
        var path = ExportCaseFileResponse.newBuilder().setFilename("../../etc/case.json").build();
        assertThat(Exports.fileName(path, "c1", ExportFormat.JSON)).isEqualTo("case.json");
        var windows = ExportCaseFileResponse.newBuilder().setFilename("C:\\cases\\case.pdf").build();
        assertThat(Exports.fileName(windows, "c1", ExportFormat.PDF)).isEqualTo("case.pdf");
    }

    @Test
    void withoutANameOneIsMadeFromTheCaseAndFormat() {
        var none = ExportCaseFileResponse.getDefaultInstance();
        assertThat(Exports.fileName(none, "8fcc/46", ExportFormat.MARKDOWN)).isEqualTo("case-8fcc_46.md");
        assertThat(Exports.fileName(none, "c1", ExportFormat.PDF)).isEqualTo("case-c1.pdf");
        var dots = ExportCaseFileResponse.newBuilder().setFilename("..").build();
        assertThat(Exports.fileName(dots, "c1", ExportFormat.JSON)).isEqualTo("case-c1.json");
    }

    @Test
    void theContentTypeIsTheServicesOrTheFormatsOwn() {
        var typed = ExportCaseFileResponse.newBuilder().setContentType("application/pdf").build();
        assertThat(Exports.contentType(typed, ExportFormat.PDF)).isEqualTo("application/pdf");
        assertThat(Exports.contentType(ExportCaseFileResponse.getDefaultInstance(), ExportFormat.MARKDOWN))
                .isEqualTo("text/markdown; charset=utf-8");
        assertThat(Exports.OFFERED).extracting(Exports::label).containsExactly("JSON", "Markdown", "PDF");
    }
}
