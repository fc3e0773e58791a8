package dossier.sanctions.mapping;

import dossier.sanctions.repository.CaseRecord;
import dossier.sanctions.repository.HitDismissalRecord;
import dossier.sanctions.repository.VerdictChangeRecord;
import dossier.sanctions.repository.VerdictOverrideRecord;
import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseStatus;
import dossier.sanctions.v1.HitDismissal;
import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.VerdictChange;
import dossier.sanctions.v1.VerdictOverride;

import java.time.Instant;
import java.util.function.UnaryOperator;

/** Stored case rows ⇄ wire messages. */
public final class CaseMapper {
    private CaseMapper() {
    }

    public static Case toProto(CaseRecord r) {
        return Case.newBuilder()
                .setId(r.id)
                .setTitle(r.title)
                .setDescription(nz(r.description))
                .setStatus(toProto(r.status))
                .setAssignedAnalyst(nz(r.assignedAnalyst))
                .setCreatedAt(iso(r.createdAt))
                .setUpdatedAt(iso(r.updatedAt))
                .setEvaluatedAt(iso(r.evaluatedAt))
                .setNotes(nz(r.notes))
                .setVersion(r.version())
                .build();
    }

    public static CaseStatus toProto(CaseRecord.Status s) {
        return switch (s) {
            case OPEN -> CaseStatus.OPEN;
            case IN_REVIEW -> CaseStatus.IN_REVIEW;
            case CLOSED -> CaseStatus.CLOSED;
        };
    }

    public static CaseRecord.Status fromProto(CaseStatus s) {
        return switch (s) {
            case OPEN -> CaseRecord.Status.OPEN;
            case IN_REVIEW -> CaseRecord.Status.IN_REVIEW;
            case CLOSED -> CaseRecord.Status.CLOSED;
            default -> throw new IllegalArgumentException("status must be OPEN, IN_REVIEW or CLOSED");
        };
    }

    /** @param titles the measure title by id, for rows recorded before titles were kept */
    public static VerdictChange toProto(VerdictChangeRecord r, UnaryOperator<String> titles) {
        return VerdictChange.newBuilder()
                .setCaseId(r.caseId)
                .setMeasureId(nz(r.measureId))
                .setIncidentId(nz(r.incidentId))
                .setOldOutcome(outcome(r.oldOutcome))
                .setNewOutcome(outcome(r.newOutcome))
                .setOldConfidence(r.oldConfidence)
                .setNewConfidence(r.newConfidence)
                .setReason(nz(r.reason))
                .setChangedAt(iso(r.changedAt))
                .setChangedBy(r.changedBy == null ? "evaluation" : r.changedBy)
                .setMeasureTitle(r.measureTitle != null ? r.measureTitle : nz(titles.apply(nz(r.measureId))))
                .build();
    }

    public static VerdictOverride toProto(VerdictOverrideRecord r) {
        return VerdictOverride.newBuilder()
                .setOutcome(outcome(r.outcome))
                .setJustification(r.justification)
                .setAnalyst(r.analyst)
                .setOverriddenAt(iso(r.overriddenAt))
                .build();
    }

    public static HitDismissal toProto(HitDismissalRecord r) {
        return HitDismissal.newBuilder()
                .setAnalyst(r.analyst)
                .setReason(r.reason)
                .setDismissedAt(iso(r.dismissedAt))
                .build();
    }

    public static Outcome outcome(String s) {
        return s == null || s.isEmpty() ? Outcome.OUTCOME_UNSPECIFIED : Outcome.valueOf(s);
    }

    private static String iso(Instant i) {
        return i == null ? "" : i.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
