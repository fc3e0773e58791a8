package dossier.sanctions.lists;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.util.Arrays;

/**
 * Coverage-guided fuzzing of the OFAC legacy CSV parser (Jazzer): any sdn/add/alt bytes either
 * parse or are refused with {@link MalformedListException}; any other exception, a hang or a crash
 * fails the test. One input holds the three files separated by NUL bytes (so seeds stay readable
 * text). Fuzzes for real in {@code mvn verify} (surefire execution fuzz-ofac-list, JAZZER_FUZZ=1).
 */
class OfacLegacyCsvParserFuzzTest {

    @FuzzTest(maxDuration = "25s")
    void parsesOrRefuses(byte[] input) {
        byte[][] files = split(input);
        try {
            new OfacLegacyCsvParser().parse(files[0], files[1], files[2]);
        } catch (MalformedListException documentedRefusal) {
            // the one refusal the parser may give
        }
    }

    /** sdn, add, alt: the input cut at its first two NUL bytes; a missing part is null (an absent file). */
    static byte[][] split(byte[] input) {
        byte[][] out = new byte[3][];
        int start = 0;
        for (int part = 0; part < 3; part++) {
            int end = part == 2 ? input.length : indexOf(input, (byte) 0, start);
            if (end < 0) {
                out[part] = Arrays.copyOfRange(input, start, input.length);
                break;
            }
            out[part] = Arrays.copyOfRange(input, start, end);
            start = end + 1;
        }
        return out;
    }

    private static int indexOf(byte[] a, byte b, int from) {
        for (int i = from; i < a.length; i++) {
            if (a[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
