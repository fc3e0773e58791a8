package dossier.entity.service;

/** No entity with the requested id: NOT_FOUND on the wire. */
public class EntityNotFoundException extends RuntimeException {
    public EntityNotFoundException(String message) {
        super(message);
    }
}
