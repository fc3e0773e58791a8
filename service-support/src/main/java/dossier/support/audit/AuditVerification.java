package dossier.support.audit;

/** The result of checking a chain: ok, or the first broken sequence and what is wrong there. */
public record AuditVerification(boolean ok, long entries, long brokenSequence, String problem) {

    public static AuditVerification ok(long entries) {
        return new AuditVerification(true, entries, 0, "");
    }

    public static AuditVerification broken(long entries, long sequence, String problem) {
        return new AuditVerification(false, entries, sequence, problem);
    }
}
