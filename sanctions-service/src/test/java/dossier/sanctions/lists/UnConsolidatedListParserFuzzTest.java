package dossier.sanctions.lists;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.ByteArrayInputStream;

/**
 * Coverage-guided fuzzing of the UN list parser (Jazzer): any bytes either parse or are refused
 * with {@link MalformedListException}; any other exception, a hang or a crash fails the test.
 * Fuzzes for real in {@code mvn verify} (surefire execution fuzz-un-list, JAZZER_FUZZ=1); in an IDE
 * it replays the seeds under {@code UnConsolidatedListParserFuzzTestInputs/}.
 */
class UnConsolidatedListParserFuzzTest {

    @FuzzTest(maxDuration = "25s")
    void parsesOrRefuses(byte[] xml) {
        try {
            new UnConsolidatedListParser().parse(new ByteArrayInputStream(xml));
        } catch (MalformedListException documentedRefusal) {
            // the one refusal the parser may give
        }
    }
}
