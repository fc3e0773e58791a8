package dossier.sanctions.service;

import dossier.support.grpc.Echo;

import com.google.protobuf.InvalidProtocolBufferException;
import dossier.sanctions.config.MeasureRegistry;
import dossier.sanctions.mapping.CaseMapper;
import dossier.sanctions.repository.CaseRecord;
import dossier.sanctions.repository.HitDismissalRecord;
import dossier.sanctions.repository.VerdictChangeRecord;
import dossier.sanctions.repository.VerdictOverrideRecord;
import dossier.sanctions.repository.VerdictRecord;
import dossier.sanctions.review.HitDismissals;
import dossier.sanctions.review.VerdictOverrides;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.DismissHitRequest;
import dossier.sanctions.v1.GetCaseHistoryRequest;
import dossier.sanctions.v1.GetCaseHistoryResponse;
import dossier.sanctions.v1.HitDismissal;
import dossier.sanctions.v1.OverrideVerdictRequest;
import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.Party;
import dossier.sanctions.v1.ScreeningHit;
import dossier.sanctions.v1.Verdict;
import dossier.sanctions.v1.VerdictChange;
import dossier.sanctions.v1.VerdictOverride;
import dossier.support.grpc.CallBudget;
import dossier.support.audit.AuditAction;
import dossier.support.audit.AuditTrail;
import dossier.support.paging.PageToken;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The analysts' decisions on a case: verdict overrides, dismissed screening hits, and the history
 * of the verdicts. Decisions are stored apart from what evaluation computes, so re-evaluation keeps them.
 */
@ApplicationScoped
public class CaseReview {
    static final int MAX_JUSTIFICATION = 4000;
    static final int MAX_ANALYST = 200;
    /** changed_by of the changes an evaluation records. */
    public static final String EVALUATION = "evaluation";

    @Inject
    CaseManager cases;
    @Inject
    MeasureRegistry measures;
    @Inject
    CaseEvaluator evaluator;
    @Inject
    AuditTrail audit;

    @Transactional
    public Verdict override(OverrideVerdictRequest req) {
        String justification = required(req.getJustification(), "justification", MAX_JUSTIFICATION);
        String analyst = required(req.getAnalyst(), "analyst", MAX_ANALYST);
        if (req.getOutcome() == Outcome.UNRECOGNIZED) {
            throw new IllegalArgumentException("outcome is not a known Outcome");
        }
        String verdictId = required(req.getVerdictId(), "verdict_id", 200);
        CaseRecord c = cases.lock(req.getCaseId());
        VerdictRecord row = VerdictRecord.findById(c.id + ":" + verdictId);
        if (row == null) {
            throw new NotFoundException("case " + c.id + " has no verdict " + Echo.of(verdictId) + " (verdict ids are in the case file)");
        }
        Verdict computed = parse(row);
        VerdictOverrideRecord existing = VerdictOverrideRecord.<VerdictOverrideRecord>find(
                "caseId = ?1 and incidentId = ?2 and measureId = ?3", c.id, row.incidentId, row.measureId).firstResult();
        Instant now = Instant.now();
        Outcome before = existing == null ? computed.getOutcome() : CaseMapper.outcome(existing.outcome);
        if (req.getOutcome() == Outcome.OUTCOME_UNSPECIFIED) {
            if (existing == null) {
                return VerdictOverrides.apply(computed, null); // nothing to withdraw: nothing changes
            }
            existing.delete();
            record(c.id, computed, before, computed.getOutcome(), "override withdrawn: " + justification, analyst, now);
            c.changed(now);
            audit.record(AuditAction.VERDICT_OVERRIDE_WITHDRAWN, verdictTarget(c.id, verdictId),
                    AuditTrail.json(Map.of("outcome", before.name())), AuditTrail.json(Map.of("outcome", computed.getOutcome().name())), justification);
            return VerdictOverrides.apply(computed, null);
        }
        VerdictOverrideRecord o = existing != null ? existing : new VerdictOverrideRecord();
        o.caseId = c.id;
        o.incidentId = row.incidentId;
        o.measureId = row.measureId;
        o.outcome = req.getOutcome().name();
        o.justification = justification;
        o.analyst = analyst;
        o.overriddenAt = now;
        CallBudget.checkBefore("storing the override"); // the transaction rolls back: nothing changes
        if (existing == null) {
            o.persist();
        }
        record(c.id, computed, before, req.getOutcome(), "override: " + justification, analyst, now);
        c.changed(now);
        audit.record(AuditAction.VERDICT_OVERRIDE, verdictTarget(c.id, verdictId), AuditTrail.json(Map.of("outcome", before.name())),
                AuditTrail.json(Map.of("outcome", req.getOutcome().name())), justification);
        return VerdictOverrides.apply(computed, CaseMapper.toProto(o));
    }

    @Transactional
    public ScreeningHit dismissHit(DismissHitRequest req) {
        String analyst = required(req.getAnalyst(), "analyst", MAX_ANALYST);
        String partyId = required(req.getPartyEntityId(), "party_entity_id", 200);
        String hitId = required(req.getHitEntityId(), "hit_entity_id", 200);
        String reason = req.getDismissed() ? required(req.getReason(), "reason", MAX_JUSTIFICATION) : "";
        CaseRecord c = cases.lock(req.getCaseId());
        ScreeningHit hit = hitInCaseFile(c, partyId, hitId);
        HitDismissalRecord existing = HitDismissalRecord.<HitDismissalRecord>find(
                "caseId = ?1 and partyEntityId = ?2 and hitEntityId = ?3", c.id, partyId, hitId).firstResult();
        String target = CaseManager.target(c.id) + "/hit:" + partyId + "->" + hitId;
        if (!req.getDismissed()) {
            if (existing != null && existing.restoredAt == null) {
                // kept, marked restored: the dismissal stays on record beside its restoration
                existing.restoredAt = Instant.now();
                existing.restoredBy = analyst;
                c.changed(existing.restoredAt);
                audit.record(AuditAction.HIT_RESTORE, target, AuditTrail.json(Map.of("dismissed", true, "reason", existing.reason)),
                        AuditTrail.json(Map.of("dismissed", false)), "");
            }
            return hit.toBuilder().clearDismissal().build();
        }
        HitDismissalRecord d = existing != null ? existing : new HitDismissalRecord();
        boolean wasDismissed = existing != null && existing.restoredAt == null;
        d.restoredAt = null;
        d.restoredBy = null;
        d.caseId = c.id;
        d.partyEntityId = partyId;
        d.hitEntityId = hitId;
        d.analyst = analyst;
        d.reason = reason;
        d.dismissedAt = Instant.now();
        CallBudget.checkBefore("storing the dismissal");
        if (existing == null) {
            d.persist();
        }
        c.changed(d.dismissedAt);
        audit.record(AuditAction.HIT_DISMISS, target, AuditTrail.json(Map.of("dismissed", wasDismissed)),
                AuditTrail.json(Map.of("dismissed", true)), reason);
        return hit.toBuilder().setDismissal(CaseMapper.toProto(d)).build();
    }

    /** A page of GetCaseHistory when neither page_size nor limit is given. */
    public static final int HISTORY_PAGE = 100;

    /**
     * A case's verdict changes, newest first: by page_token (a cursor on changedAt and id, so a
     * change recorded meanwhile neither repeats nor hides a row), or by the older limit/offset when
     * only those are given.
     */
    @Transactional
    public GetCaseHistoryResponse history(GetCaseHistoryRequest req) {
        if (req.getLimit() < 0 || req.getOffset() < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
        CaseRecord c = cases.find(req.getCaseId());
        long total = VerdictChangeRecord.count("caseId", c.id);
        boolean legacy = req.getPageSize() == 0 && req.getPageToken().isEmpty() && (req.getLimit() > 0 || req.getOffset() > 0);
        if (legacy) {
            int limit = req.getLimit() == 0 ? HISTORY_PAGE : Math.min(req.getLimit(), 1000);
            List<VerdictChangeRecord> rows = VerdictChangeRecord.<VerdictChangeRecord>find("caseId", newestFirst(), c.id)
                    .range(req.getOffset(), req.getOffset() + limit - 1).list();
            return GetCaseHistoryResponse.newBuilder().addAllChanges(rows.stream().map(this::toProto).toList())
                    .setTotal((int) total).build();
        }
        int size = PageToken.pageSize(req.getPageSize(), HISTORY_PAGE);
        List<String> request = List.of("history", c.id);
        List<VerdictChangeRecord> rows;
        if (req.getPageToken().isEmpty()) {
            rows = VerdictChangeRecord.<VerdictChangeRecord>find("caseId", newestFirst(), c.id).range(0, size).list();
        } else {
            List<String> cursor = PageToken.decode(req.getPageToken(), request, 2);
            Instant at;
            long id;
            try {
                at = Instant.parse(cursor.get(0));
                id = Long.parseLong(cursor.get(1));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("page_token is not one this service gave out");
            }
            rows = VerdictChangeRecord.<VerdictChangeRecord>find(
                    "caseId = ?1 and (changedAt < ?2 or (changedAt = ?2 and id < ?3))", newestFirst(), c.id, at, id)
                    .range(0, size).list();
        }
        // one row more than the page was read: it only says whether another page follows
        String next = "";
        if (rows.size() > size) {
            rows = rows.subList(0, size);
            VerdictChangeRecord last = rows.getLast();
            next = PageToken.encode(List.of("history", c.id, last.changedAt.toString(), Long.toString(last.id)));
        }
        return GetCaseHistoryResponse.newBuilder().addAllChanges(rows.stream().map(this::toProto).toList())
                .setTotal((int) total).setNextPageToken(next).build();
    }

    /** The whole history of a case, newest first (inside the caller's transaction). */
    public List<VerdictChange> historyOf(String caseId) {
        return VerdictChangeRecord.<VerdictChangeRecord>list("caseId", newestFirst(), caseId).stream().map(this::toProto).toList();
    }

    /** The overrides of a case keyed by {@link VerdictOverrides#key} (inside the caller's transaction). */
    public Map<String, VerdictOverride> overridesOf(String caseId) {
        Map<String, VerdictOverride> out = new HashMap<>();
        for (VerdictOverrideRecord r : VerdictOverrideRecord.<VerdictOverrideRecord>list("caseId", caseId)) {
            out.put(VerdictOverrides.key(r.incidentId, r.measureId), CaseMapper.toProto(r));
        }
        return out;
    }

    /** The dismissed hits of a case keyed by {@link HitDismissals#key} (inside the caller's transaction). */
    public Map<String, HitDismissal> dismissalsOf(String caseId) {
        Map<String, HitDismissal> out = new HashMap<>();
        for (HitDismissalRecord r : HitDismissalRecord.<HitDismissalRecord>list("caseId = ?1 and restoredAt is null", caseId)) {
            out.put(HitDismissals.key(r.partyEntityId, r.hitEntityId), CaseMapper.toProto(r));
        }
        return out;
    }

    /** Records one change of a verdict (inside the caller's transaction). */
    void record(String caseId, Verdict v, Outcome from, Outcome to, String reason, String by, Instant at) {
        record(caseId, v.getIncidentId(), v.getMeasureId(), v.getMeasureTitle(), from, to, v.getConfidence(), v.getConfidence(),
                reason, by, at);
    }

    static void record(String caseId, String incidentId, String measureId, String measureTitle, Outcome from, Outcome to,
                       double oldConfidence, double newConfidence, String reason, String by, Instant at) {
        VerdictChangeRecord c = new VerdictChangeRecord();
        c.caseId = caseId;
        c.incidentId = incidentId;
        c.measureId = measureId;
        c.measureTitle = measureTitle.length() > 300 ? measureTitle.substring(0, 300) : measureTitle;
        c.oldOutcome = from == Outcome.OUTCOME_UNSPECIFIED ? "" : from.name();
        c.newOutcome = to == Outcome.OUTCOME_UNSPECIFIED ? "" : to.name();
        c.oldConfidence = oldConfidence;
        c.newConfidence = newConfidence;
        c.reason = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        c.changedBy = by;
        c.changedAt = at;
        c.persist();
    }

    /**
     * The hit as the case file shows it: among the party's hits of the last evaluation, or, for a hit
     * that appeared since (a list was imported), among the party's hits screened now.
     */
    private ScreeningHit hitInCaseFile(CaseRecord c, String partyId, String hitId) {
        if (c.evaluatedAt == null || c.evaluation == null) {
            throw new FailedPreconditionException("case " + c.id + " has not been evaluated yet: it has no parties or hits");
        }
        CaseFile stored;
        try {
            stored = CaseFile.parseFrom(c.evaluation);
        } catch (InvalidProtocolBufferException e) {
            throw new FailedPreconditionException("the stored parties of case " + c.id + " cannot be read; evaluate the case again");
        }
        Party party = stored.getPartiesList().stream().filter(p -> p.getEntityId().equals(partyId)).findFirst()
                .orElseThrow(() -> new NotFoundException("case " + c.id + " has no party with entity id " + Echo.of(partyId)));
        return hitOf(party, hitId)
                .or(() -> hitOf(evaluator.screen(List.of(party)).get(0), hitId))
                .orElseThrow(() -> new NotFoundException("party '" + Echo.of(party.getName()) + "' (" + Echo.of(partyId)
                        + ") has no screening hit on entity " + Echo.of(hitId) + " in case " + c.id));
    }

    private static String verdictTarget(String caseId, String verdictId) {
        return CaseManager.target(caseId) + "/verdict:" + verdictId;
    }

    private static Optional<ScreeningHit> hitOf(Party p, String hitId) {
        return p.getHitsList().stream().filter(h -> h.getEntityId().equals(hitId)).findFirst();
    }

    private VerdictChange toProto(VerdictChangeRecord r) {
        return CaseMapper.toProto(r, measures::title);
    }

    private static Sort newestFirst() {
        return Sort.descending("changedAt", "id");
    }

    static Verdict parse(VerdictRecord row) {
        try {
            return Verdict.parseFrom(row.payload);
        } catch (InvalidProtocolBufferException e) {
            throw new FailedPreconditionException("verdict " + row.id + " cannot be read; evaluate the case again");
        }
    }

    private static String required(String value, String field, int max) {
        String v = value.strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (v.length() > max) {
            throw new IllegalArgumentException(field + " must be at most " + max + " characters (it has " + v.length() + ")");
        }
        return v;
    }
}
