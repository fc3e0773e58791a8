package dossier.sanctions.mapping;

import dossier.sanctions.repository.CaseRecord;
import dossier.sanctions.repository.VerdictChangeRecord;
import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseStatus;
import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.VerdictChange;

import java.time.Instant;

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

    public static VerdictChange toProto(VerdictChangeRecord r) {
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
                .build();
    }

    private static Outcome outcome(String s) {
        return s == null || s.isEmpty() ? Outcome.OUTCOME_UNSPECIFIED : Outcome.valueOf(s);
    }

    private static String iso(Instant i) {
        return i == null ? "" : i.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
