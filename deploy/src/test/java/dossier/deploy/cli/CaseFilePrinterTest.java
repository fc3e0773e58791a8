package dossier.deploy.cli;

import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.Verdict;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CaseFilePrinterTest {

    @Test
    void anExposureIsPrintedAsAnExposureAndABreachAsAViolation() {
        CaseFile file = CaseFile.newBuilder().setCase(Case.newBuilder().setTitle("T"))
                .addVerdicts(Verdict.newBuilder().setMeasureId("UN-DPRK-LUX").setOutcome(Outcome.VIOLATION).setNature("prohibition"))
                .addVerdicts(Verdict.newBuilder().setMeasureId("US-EO14024").setOutcome(Outcome.VIOLATION).setNature("exposure"))
                .addVerdicts(Verdict.newBuilder().setMeasureId("EU-RUS-269").setOutcome(Outcome.POSSIBLE_VIOLATION).setNature("exposure"))
                .build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CaseFilePrinter.print(file, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed).containsPattern("VIOLATION +UN-DPRK-LUX").containsPattern("EXPOSURE_ESTABLISHED +US-EO14024")
                .containsPattern("EXPOSURE_POSSIBLE +EU-RUS-269");
    }
}
