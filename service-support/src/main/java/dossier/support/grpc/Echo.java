package dossier.support.grpc;

/**
 * A caller's value as an error message may repeat it: whole when short, else its first
 * {@value #LONGEST} characters and an ellipsis. Enough to recognise an id or a name; a
 * 128-character id or a 1,000-character name is not sent back whole (issue 20: error messages never
 * echo more than a short prefix of the input).
 */
public final class Echo {

    /** The most characters of a value a message repeats. */
    public static final int LONGEST = 32;

    private Echo() {
    }

    /** {@code value}, or its first {@value #LONGEST} characters and "…"; "" for null. */
    public static String of(String value) {
        if (value == null) {
            return "";
        }
        if (value.length() <= LONGEST) {
            return value;
        }
        // never cut a surrogate pair in half
        int end = Character.isHighSurrogate(value.charAt(LONGEST - 1)) ? LONGEST - 1 : LONGEST;
        return value.substring(0, end) + "…";
    }
}
