package dossier.sanctions.lists;

/** A list file that cannot be read as the format it claims to be. Maps to INVALID_ARGUMENT. */
public class MalformedListException extends IllegalArgumentException {
    public MalformedListException(String message) {
        super(message);
    }

    public MalformedListException(String message, Throwable cause) {
        super(message, cause);
    }
}
