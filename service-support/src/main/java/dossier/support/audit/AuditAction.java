package dossier.support.audit;

/**
 * What an audit entry records, by the name it carries on the wire (AuditEntry.action). The set is
 * documented in audit.proto; it only grows.
 */
public enum AuditAction {
    CASE_CREATE("case.create"),
    CASE_UPDATE("case.update"),
    CASE_EVALUATE("case.evaluate"),
    VERDICT_OVERRIDE("verdict.override"),
    VERDICT_OVERRIDE_WITHDRAWN("verdict.override-withdrawn"),
    HIT_DISMISS("hit.dismiss"),
    HIT_RESTORE("hit.restore"),
    LIST_IMPORT("list.import"),
    SOURCE_INGEST("source.ingest"),
    ENTITY_UPSERT("entity.upsert"),
    ENTITY_DECISION("entity.decision"),
    ENTITY_CREATE_UNVERIFIED("entity.create-unverified");

    private final String code;

    AuditAction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
