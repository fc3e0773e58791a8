package dossier.support.audit;

import java.time.Instant;

/** One entry of a service's audit chain, as stored and as served. */
public record AuditEntry(long sequence, Instant at, String actor, String action, String target, String before,
                         String after, String reason, String previousHash, String hash) {

    /** The entry with its hash recomputed from its fields (what the hash should be). */
    public String expectedHash() {
        return AuditChain.hash(this);
    }
}
