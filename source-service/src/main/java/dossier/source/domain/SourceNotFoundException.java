package dossier.source.domain;

/** A source or case the caller named does not exist (mapped to NOT_FOUND). */
public class SourceNotFoundException extends RuntimeException {
    public SourceNotFoundException(String message) {
        super(message);
    }
}
