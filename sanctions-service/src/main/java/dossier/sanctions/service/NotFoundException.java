package dossier.sanctions.service;

/** Something asked for by id does not exist. Maps to NOT_FOUND. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
