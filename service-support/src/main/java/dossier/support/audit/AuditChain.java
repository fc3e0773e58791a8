package dossier.support.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash chain: each entry's SHA-256 covers its own fields and the hash of the entry before, so
 * an edited entry no longer matches its hash and a deleted or moved one breaks the link of the
 * next. The serialisation is canonical (every field length-prefixed, UTF-8, in a fixed order): the
 * same entry hashes the same in every store and language.
 */
public final class AuditChain {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);
    /** The longest before/after/reason text kept (longer ones are cut, with a marker, before hashing). */
    public static final int MAX_TEXT = 8000;
    private static final String CUT = "…(truncated)";

    private AuditChain() {
    }

    /** The entry that follows {@code previous} (null: the first of the chain), stamped at {@code now}. */
    public static AuditEntry next(AuditEntry previous, AuditDraft draft, Instant now) {
        return next(previous == null ? null : new ChainHead(previous.sequence(), previous.hash()), draft, now);
    }

    /** The entry that follows the chain's head (null: an empty chain). */
    public static AuditEntry next(ChainHead head, AuditDraft draft, Instant now) {
        long sequence = head == null ? 1 : head.sequence() + 1;
        String previousHash = head == null ? GENESIS : head.hash();
        // millisecond precision: every store (H2, PostgreSQL, MongoDB dates) keeps it exactly, so the hash survives a round trip
        Instant at = now.truncatedTo(ChronoUnit.MILLIS);
        AuditEntry unsigned = new AuditEntry(sequence, at, draft.actor(), draft.action(), draft.target(), draft.before(),
                draft.after(), draft.reason(), previousHash, "");
        return new AuditEntry(sequence, at, draft.actor(), draft.action(), draft.target(), draft.before(), draft.after(),
                draft.reason(), previousHash, hash(unsigned));
    }

    /** SHA-256 (lower-case hex) of the entry's canonical form, its own hash field excluded. */
    public static String hash(AuditEntry e) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[] {Long.toString(e.sequence()), e.at().toString(), e.actor(), e.action(), e.target(),
                e.before(), e.after(), e.reason(), e.previousHash()}) {
            String f = field == null ? "" : field;
            canonical.append(f.length()).append(':').append(f).append(';');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("every JDK has SHA-256", e1);
        }
    }

    static String bounded(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - CUT.length()) + CUT;
    }
}
