package dossier.support.audit;

import java.util.Objects;

/**
 * Checks a chain entry by entry, in the order of their sequence numbers as the store reads them,
 * and stops at the first break: a gap in the sequence (a deleted entry), an entry whose previous
 * hash is not the hash of the entry before it (entries deleted, inserted or moved), an entry whose
 * content no longer matches its hash (edited), or a chain head that the last entry does not match
 * (the newest entries deleted).
 */
public final class AuditVerifier {

    private AuditEntry previous;
    private long checked;
    private AuditVerification broken;

    /** Checks the next entry; false once the chain is broken (further entries are not looked at). */
    public boolean accept(AuditEntry e) {
        if (broken != null) {
            return false;
        }
        long expected = previous == null ? 1 : previous.sequence() + 1;
        String expectedLink = previous == null ? AuditChain.GENESIS : previous.hash();
        checked++;
        if (e.sequence() > expected) {
            broken = AuditVerification.broken(checked, expected, expected == e.sequence() - 1
                    ? "entry " + expected + " is missing (deleted)"
                    : "entries " + expected + " to " + (e.sequence() - 1) + " are missing (deleted)");
        } else if (e.sequence() < expected) {
            broken = AuditVerification.broken(checked, e.sequence(), "sequence " + e.sequence() + " appears twice (an entry was inserted or copied)");
        } else if (!Objects.equals(e.previousHash(), expectedLink)) {
            broken = AuditVerification.broken(checked, e.sequence(), previous == null
                    ? "the first entry does not start the chain (entries were reordered, or entries before it were deleted)"
                    : "entry " + e.sequence() + " does not follow entry " + previous.sequence()
                    + " (entries were reordered, inserted or deleted)");
        } else if (!Objects.equals(e.hash(), e.expectedHash())) {
            broken = AuditVerification.broken(checked, e.sequence(), "entry " + e.sequence()
                    + " does not match its hash (its content was edited)");
        }
        previous = e;
        return broken == null;
    }

    /** The verdict on the whole chain; {@code head} is what the store recorded as its last entry (null when none). */
    public AuditVerification finish(ChainHead head) {
        if (broken != null) {
            return broken;
        }
        long last = previous == null ? 0 : previous.sequence();
        if (head != null && head.sequence() > last) {
            return AuditVerification.broken(checked, last + 1, "the chain ends at entry " + last + " but its head records entry "
                    + head.sequence() + " (the newest entries were deleted)");
        }
        if (head != null && head.sequence() == last && last > 0 && !head.hash().equals(previous.hash())) {
            return AuditVerification.broken(checked, last, "entry " + last + " is not the entry the chain head records (replaced)");
        }
        return AuditVerification.ok(checked);
    }
}
