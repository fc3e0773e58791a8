package dossier.support.audit;

/** A change to record, before the store gives it its place in the chain. */
public record AuditDraft(String actor, String action, String target, String before, String after, String reason) {

    public AuditDraft {
        actor = nonNull(actor);
        action = nonNull(action);
        target = nonNull(target);
        before = AuditChain.bounded(nonNull(before));
        after = AuditChain.bounded(nonNull(after));
        reason = AuditChain.bounded(nonNull(reason));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
