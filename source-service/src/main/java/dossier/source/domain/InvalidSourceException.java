package dossier.source.domain;

/** The caller sent input we cannot accept (mapped to INVALID_ARGUMENT). */
public class InvalidSourceException extends IllegalArgumentException {
    public InvalidSourceException(String message) {
        super(message);
    }
}
