package dossier.sanctions.export;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

public class CaseFilePdfTest {

    /** The text of a PDF, with line breaks made spaces (the layout wraps long lines). */
    public static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void thePdfSaysWhatTheMarkdownReportSays() throws IOException {
        byte[] pdf = CaseFilePdf.render(SampleCaseFile.build());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String text = text(pdf);
        assertThat(text).contains("Boat delivery 2025")
                .contains("Ask the port authority for the manifest.")
                .contains("Ban on luxury vessels — NO_VIOLATION (analyst's override; computed: LIKELY_VIOLATION")
                .contains("Overridden by bob").contains("The yacht was returned before delivery")
                .contains("Resolution 9 para 3: no yachts")
                .contains("ITEM_IN_SCOPE MET: a yacht is a luxury vessel")
                .contains("[S1] \"Alpha Trading delivered a yacht\"")
                .contains("REF-7").contains("dismissed by carla").contains("registered elsewhere")
                .contains("The date differs").contains("\"1 March\": [S1]")
                .contains("History of the verdicts").contains("LIKELY_VIOLATION → NO_VIOLATION by bob")
                .contains("1. Yacht arrives — Harbour News, 2025-03-02, https://news.example/yacht");
    }

    @Test
    void anEmptyCaseIsStillAValidDocument() throws IOException {
        String text = text(CaseFilePdf.render(dossier.sanctions.v1.CaseFile.newBuilder()
                .setCase(dossier.sanctions.v1.Case.newBuilder().setId("c").setTitle("Empty")).build()));
        assertThat(text).contains("Empty").contains("No verdicts yet.").contains("None found.");
    }
}
