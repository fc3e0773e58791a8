package dossier.support.audit;

import java.util.List;

/**
 * Where a service keeps its audit chain. Each service implements it on its own store, so that a
 * change and its entry are written together.
 */
public interface AuditStore {

    /**
     * Appends the entry that follows the chain's head, inside the caller's unit of work (the
     * transaction that writes the change). Appends are serialised: two never get the same sequence.
     */
    AuditEntry append(AuditDraft draft);

    /** A page of entries, newest first. */
    List<AuditEntry> page(AuditQuery query);

    /** Checks the whole chain from its first entry (see {@link AuditVerifier}). */
    AuditVerification verify();
}
