package dossier.support.audit;

/** The last entry a store appended (kept apart from the entries, so deleting the newest ones is detected too). */
public record ChainHead(long sequence, String hash) {
}
