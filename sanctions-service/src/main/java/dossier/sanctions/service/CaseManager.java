package dossier.sanctions.service;

import dossier.support.grpc.Echo;

import dossier.sanctions.mapping.CaseMapper;
import dossier.sanctions.repository.CaseRecord;
import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseStatus;
import dossier.sanctions.v1.CreateCaseRequest;
import dossier.sanctions.v1.ListCasesRequest;
import dossier.sanctions.v1.ListCasesResponse;
import dossier.sanctions.v1.UpdateCaseRequest;
import dossier.support.grpc.CallBudget;
import dossier.support.audit.AuditAction;
import dossier.support.audit.AuditTrail;
import io.quarkus.panache.common.Sort;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

/** Opening, reading, listing and updating cases. */
@ApplicationScoped
public class CaseManager {
    static final int MAX_TITLE = 200;

    @Inject
    AuditTrail audit;

    /** Opens a case (a client request id is honoured by the caller: CaseGrpcService, Idempotency). */
    @Transactional
    public Case create(CreateCaseRequest req) {
        String title = req.getTitle().strip();
        if (title.isEmpty()) {
            throw new IllegalArgumentException("title must not be blank");
        }
        if (title.length() > MAX_TITLE) {
            throw new IllegalArgumentException("title must be at most " + MAX_TITLE + " characters (it has " + title.length() + ")");
        }
        if (req.getDescription().length() > 4000) {
            throw new IllegalArgumentException("description must be at most 4000 characters");
        }
        CaseRecord r = new CaseRecord();
        r.id = UUID.randomUUID().toString();
        r.title = title;
        r.description = req.getDescription().strip();
        r.assignedAnalyst = req.getAssignedAnalyst().strip();
        r.status = CaseRecord.Status.OPEN;
        r.createdAt = Instant.now();
        r.updatedAt = r.createdAt;
        CallBudget.checkBefore("creating the case");
        r.persistAndFlush();
        audit.record(AuditAction.CASE_CREATE, target(r.id), "", AuditTrail.json(editable(r)), "");
        return CaseMapper.toProto(r);
    }

    @Transactional
    public Case get(String id) {
        return CaseMapper.toProto(find(id));
    }

    @Transactional
    public ListCasesResponse list(ListCasesRequest req) {
        if (req.getLimit() < 0 || req.getOffset() < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
        int limit = req.getLimit() == 0 ? 50 : Math.min(req.getLimit(), 500);
        long total = CaseRecord.count();
        // Panache pages by index; an offset that is not a multiple of limit is served with range().
        List<CaseRecord> rows = CaseRecord.<CaseRecord>findAll(Sort.descending("createdAt").and("id"))
                .range(req.getOffset(), req.getOffset() + limit - 1).list();
        return ListCasesResponse.newBuilder()
                .addAllCases(rows.stream().map(CaseMapper::toProto).toList())
                .setTotal((int) total)
                .build();
    }

    @Transactional
    public Case update(UpdateCaseRequest req) {
        if (req.hasNotes() && req.getNotes().length() > CaseRecord.MAX_NOTES) {
            throw new IllegalArgumentException("notes must be at most " + CaseRecord.MAX_NOTES + " characters (they have "
                    + req.getNotes().length() + ")");
        }
        // locked: two edits of one case follow each other, so the version check below sees the other's
        CaseRecord r = lock(req.getId());
        if (req.hasExpectedVersion() && req.getExpectedVersion() != r.version()) {
            throw new ConcurrentEditException("case " + r.id + " was changed by someone else since you read it (version "
                    + req.getExpectedVersion() + ", now " + r.version() + "): read it again and repeat your change");
        }
        Map<String, Object> before = editable(r);
        if (req.hasNotes()) {
            r.notes = req.getNotes();
        }
        if (req.getStatus() != CaseStatus.CASE_STATUS_UNSPECIFIED) {
            r.status = CaseMapper.fromProto(req.getStatus());
        }
        if (!req.getAssignedAnalyst().isBlank()) {
            r.assignedAnalyst = req.getAssignedAnalyst().strip();
        }
        Map<String, Object> after = editable(r);
        if (after.equals(before)) {
            return CaseMapper.toProto(r); // nothing changed: no new version, nothing to record
        }
        CallBudget.checkBefore("updating the case"); // the transaction rolls back: nothing changes
        r.editVersion = r.version() + 1;
        r.changed(Instant.now());
        before.keySet().removeIf(k -> Objects.equals(before.get(k), after.get(k)));
        after.keySet().removeIf(k -> !before.containsKey(k));
        audit.record(AuditAction.CASE_UPDATE, target(r.id), AuditTrail.json(before), AuditTrail.json(after), "");
        return CaseMapper.toProto(r);
    }

    /** The audit target of a case. */
    public static String target(String caseId) {
        return "case:" + caseId;
    }

    /** The fields an analyst edits, as the audit log shows them. */
    private static Map<String, Object> editable(CaseRecord r) {
        Map<String, Object> m = new TreeMap<>();
        m.put("title", r.title);
        m.put("status", r.status.name());
        m.put("assigned_analyst", r.assignedAnalyst == null ? "" : r.assignedAnalyst);
        m.put("notes", r.notes == null ? "" : r.notes);
        return m;
    }

    /** The case row (inside the caller's transaction). */
    public CaseRecord find(String id) {
        return find(id, LockModeType.NONE);
    }

    /**
     * The case row, locked until the caller's transaction ends (SELECT ... FOR UPDATE on H2 and
     * PostgreSQL alike): what changes a case's verdicts runs one at a time per case, across replicas.
     */
    public CaseRecord lock(String id) {
        return find(id, LockModeType.PESSIMISTIC_WRITE);
    }

    private CaseRecord find(String id, LockModeType lock) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("case id must not be blank");
        }
        CaseRecord r = CaseRecord.findById(id.trim(), lock);
        if (r == null) {
            throw new NotFoundException("no case with id " + Echo.of(id.trim()));
        }
        return r;
    }
}
