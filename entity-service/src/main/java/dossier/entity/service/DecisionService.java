package dossier.entity.service;

import dossier.support.grpc.Echo;

import dossier.support.audit.AuditTrail;
import dossier.support.audit.AuditAction;
import dossier.entity.domain.DecisionRecord;
import dossier.entity.domain.EntityRecord;
import dossier.entity.matching.SameAsGraph;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Analysts' judgements on pairs of entities: recorded (every one is kept), listed newest first, and
 * turned into the groups of entities judged the same (the newest judgement per pair counts).
 */
@ApplicationScoped
public class DecisionService {

    public static final Set<String> JUDGEMENTS = Set.of("SAME", "NOT_SAME", "UNSURE");
    public static final int MAX_ANALYST = 200;
    public static final int MAX_NOTE = 2000;
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    /** A decision as read back, with whether it is still the current one on its pair. */
    public record Decision(DecisionRecord record, boolean current) {
    }

    @Inject
    EntityManager em;
    @Inject
    AuditTrail audit;

    /** Validates everything before writing, so a refused judgement leaves no trace. */
    @Transactional
    public Decision record(String left, String right, String judgement, String analyst, String note) {
        String l = required(left, "left_entity_id"), r = required(right, "right_entity_id");
        if (l.equals(r)) throw new IllegalArgumentException("an entity cannot be judged against itself (" + Echo.of(l) + ")");
        if (!JUDGEMENTS.contains(judgement)) {
            throw new IllegalArgumentException("judgement must be SAME, NOT_SAME or UNSURE");
        }
        String a = required(analyst, "analyst");
        if (a.length() > MAX_ANALYST) throw new IllegalArgumentException("analyst is longer than " + MAX_ANALYST + " characters");
        String n = note == null ? "" : note.strip();
        if (n.length() > MAX_NOTE) throw new IllegalArgumentException("note is longer than " + MAX_NOTE + " characters");
        for (String id : List.of(l, r)) {
            if (em.find(EntityRecord.class, id) == null) throw new EntityNotFoundException("no entity with id " + Echo.of(id));
        }
        DecisionRecord d = new DecisionRecord();
        d.leftEntityId = l;
        d.rightEntityId = r;
        d.pairKey = DecisionRecord.pairKey(l, r);
        d.judgement = judgement;
        d.analyst = a;
        d.note = n;
        d.decidedAt = Instant.now();
        em.persist(d);
        em.flush();
        audit.record(AuditAction.ENTITY_DECISION, "entity-pair:" + d.pairKey, "",
                AuditTrail.json(Map.of("left", l, "right", r, "judgement", judgement)), n);
        return new Decision(d, true);
    }

    /** The judgements on one entity (all when the id is blank), newest first. */
    @Transactional
    public List<Decision> list(String entityId, int limit) {
        if (limit < 0) throw new IllegalArgumentException("limit must not be negative");
        int lim = limit == 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
        String id = entityId == null ? "" : entityId.strip();
        var q = id.isEmpty()
                ? em.createQuery("select d from DecisionRecord d order by d.id desc", DecisionRecord.class)
                : em.createQuery("select d from DecisionRecord d where d.leftEntityId = :id or d.rightEntityId = :id"
                        + " order by d.id desc", DecisionRecord.class).setParameter("id", id);
        List<DecisionRecord> page = q.setMaxResults(lim).getResultList();
        Map<String, Long> newest = newestPerPair(page.stream().map(d -> d.pairKey).distinct().toList());
        return page.stream().map(d -> new Decision(d, d.id.equals(newest.get(d.pairKey)))).toList();
    }

    /** Groups of entities whose pairs are currently judged the same. */
    @Transactional
    public SameAsGraph sameAsGraph() {
        Map<String, DecisionRecord> current = new HashMap<>();
        for (DecisionRecord d : em.createQuery("select d from DecisionRecord d order by d.id", DecisionRecord.class)
                .getResultList()) {
            current.put(d.pairKey, d); // ascending ids: the last one per pair is the newest
        }
        List<List<String>> same = new ArrayList<>();
        for (DecisionRecord d : current.values()) {
            if (d.judgement.equals("SAME")) same.add(List.of(d.leftEntityId, d.rightEntityId));
        }
        return new SameAsGraph(same);
    }

    private Map<String, Long> newestPerPair(List<String> pairKeys) {
        Map<String, Long> out = new HashMap<>();
        for (int i = 0; i < pairKeys.size(); i += 500) {
            List<String> chunk = pairKeys.subList(i, Math.min(pairKeys.size(), i + 500));
            for (Object[] row : em.createQuery("select d.pairKey, max(d.id) from DecisionRecord d where d.pairKey in :keys"
                    + " group by d.pairKey", Object[].class).setParameter("keys", chunk).getResultList()) {
                out.put((String) row[0], (Long) row[1]);
            }
        }
        return out;
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(field + " must not be blank");
        return value.strip();
    }
}
