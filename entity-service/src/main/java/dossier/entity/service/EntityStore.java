package dossier.entity.service;

import dossier.support.grpc.Echo;

import dossier.support.grpc.CallBudget;
import dossier.support.audit.AuditTrail;
import dossier.support.audit.AuditAction;
import dossier.entity.domain.EntityRecord;
import dossier.entity.mapping.EntityMapper;
import dossier.entity.matching.MatchSubject;
import dossier.entity.matching.NameNormalizer;
import dossier.entity.v1.Entity;
import dossier.entity.v1.Schema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Persistence use cases: idempotent batch upsert by key, get by id, search by folded name. */
@ApplicationScoped
public class EntityStore {

    public static final int MAX_BATCH = 5000;
    private static final int IN_CHUNK = 1000;
    private static final int FLUSH_EVERY = 500;

    @Inject
    EntityManager em;
    @Inject
    AuditTrail audit;

    /** Validates the whole batch first, so a bad entity leaves nothing half-written. */
    @Transactional
    public UpsertOutcome upsert(List<Entity> batch) {
        validate(batch);
        Map<String, String[]> existing = existingByKey(batch.stream().map(e -> e.getKey().strip()).toList());
        List<UpsertOutcome.Item> items = new ArrayList<>(batch.size());
        List<MatchSubject> touched = new ArrayList<>();
        int pending = 0;
        // milliseconds survive every database's timestamp column, so a refresh can tell this write when it reads it back
        java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        for (Entity e : batch) {
            if (pending % FLUSH_EVERY == 0) {
                // a caller that gave up gets nothing written: the transaction rolls back
                CallBudget.checkBefore("storing entity " + (pending + 1) + " of " + batch.size());
            }
            if (++pending % FLUSH_EVERY == 0) {
                // a small persistence context keeps flushes linear and memory flat on 5,000-entity batches
                em.flush();
                em.clear();
            }
            String key = e.getKey().strip();
            String fp = EntityMapper.fingerprint(e);
            String[] ex = existing.get(key);
            if (ex == null) {
                EntityRecord r = new EntityRecord();
                r.id = UUID.randomUUID().toString();
                EntityMapper.apply(r, e, fp);
                r.updatedAt = now;
                em.persist(r);
                items.add(new UpsertOutcome.Item(key, r.id, "added"));
                touched.add(EntityMapper.toSubject(r));
            } else if (ex[1].equals(fp)) {
                items.add(new UpsertOutcome.Item(key, ex[0], "unchanged"));
            } else {
                EntityRecord r = em.find(EntityRecord.class, ex[0]);
                EntityMapper.apply(r, e, fp);
                r.updatedAt = now;
                items.add(new UpsertOutcome.Item(key, r.id, "changed"));
                touched.add(EntityMapper.toSubject(r));
            }
        }
        em.flush();
        UpsertOutcome outcome = new UpsertOutcome(items, touched, now);
        if (!touched.isEmpty()) {
            audit.recordAs("system:entity-upsert", AuditAction.ENTITY_UPSERT, upsertTarget(batch), "", upsertSummary(outcome), "");
        }
        return outcome;
    }

    /** One entity's key, or the datasets of a batch. */
    private static String upsertTarget(List<Entity> batch) {
        return batch.size() == 1 ? "entity:" + batch.get(0).getKey().strip()
                : "entities:" + batch.stream().flatMap(e -> e.getDatasetsList().stream()).distinct().sorted()
                .collect(java.util.stream.Collectors.joining(","));
    }

    /** The counts and the keys written (the first 100), for the audit log. */
    private static String upsertSummary(UpsertOutcome o) {
        List<String> written = o.items().stream().filter(i -> !i.status().equals("unchanged")).map(i -> i.status() + " " + i.key())
                .limit(100).toList();
        return AuditTrail.json(Map.of("added", o.count("added"), "changed", o.count("changed"), "unchanged", o.count("unchanged"),
                "written", written));
    }

    @Transactional
    public Entity get(String id) {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("id must not be blank");
        EntityRecord r = em.find(EntityRecord.class, id.strip());
        if (r == null) throw new EntityNotFoundException("no entity with id " + Echo.of(id.strip()));
        return EntityMapper.toWire(r);
    }

    @Transactional
    public List<Entity> getAll(List<String> ids) {
        if (ids.isEmpty()) return List.of();
        Map<String, Entity> byId = new HashMap<>();
        for (EntityRecord r : em.createQuery("select e from EntityRecord e where e.id in :ids", EntityRecord.class)
                .setParameter("ids", ids).getResultList()) {
            byId.put(r.id, EntityMapper.toWire(r));
        }
        return ids.stream().map(byId::get).filter(e -> e != null).toList();
    }

    public record Page(List<Entity> entities, int total) {
    }

    @Transactional
    public Page search(String query, Schema schema, int limit, int offset) {
        if (limit < 0 || offset < 0) throw new IllegalArgumentException("limit and offset must not be negative");
        int lim = limit == 0 ? 20 : Math.min(limit, 500);
        String folded = NameNormalizer.standard().fold(query == null ? "" : query);
        String schemaName = schema == null || schema == Schema.SCHEMA_UNSPECIFIED || schema == Schema.UNRECOGNIZED
                ? null : schema.name();
        // conditions are added only when given: a null parameter has no type on PostgreSQL
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (schemaName != null) where.append(" and e.schema = :schema");
        if (!folded.isEmpty()) where.append(" and exists (select 1 from EntityRecord e2 join e2.names n where e2 = e and n.folded like :q)");
        var count = em.createQuery("select count(e) from EntityRecord e" + where, Long.class);
        var list = em.createQuery("select e from EntityRecord e" + where + " order by e.caption, e.id", EntityRecord.class);
        if (schemaName != null) {
            count.setParameter("schema", schemaName);
            list.setParameter("schema", schemaName);
        }
        if (!folded.isEmpty()) {
            String like = "%" + folded.replace("\\", "").replace("%", "").replace("_", "") + "%";
            count.setParameter("q", like);
            list.setParameter("q", like);
        }
        int total = count.getSingleResult().intValue();
        List<Entity> page = list.setFirstResult(offset).setMaxResults(lim).getResultList().stream()
                .map(EntityMapper::toWire).toList();
        return new Page(page, total);
    }

    /** Every entity as the matcher sees it: two queries, whatever the number of entities. */
    @Transactional
    public List<MatchSubject> loadSubjects() {
        List<EntityRecord> all = em.createQuery("select distinct e from EntityRecord e left join fetch e.names", EntityRecord.class)
                .getResultList();
        return all.stream().map(EntityMapper::toSubject).toList();
    }

    /** Id and write time of the entities added or changed since the instant (by any replica). */
    @Transactional
    public Map<String, java.time.Instant> changedSince(java.time.Instant since) {
        Map<String, java.time.Instant> out = new HashMap<>();
        for (Object[] row : em.createQuery("select e.id, e.updatedAt from EntityRecord e where e.updatedAt > :since", Object[].class)
                .setParameter("since", since).getResultList()) {
            out.put((String) row[0], (java.time.Instant) row[1]);
        }
        return out;
    }

    /** These entities as the matcher sees them. */
    @Transactional
    public List<MatchSubject> loadSubjects(java.util.Collection<String> ids) {
        List<MatchSubject> out = new ArrayList<>(ids.size());
        List<String> all = List.copyOf(ids);
        for (int i = 0; i < all.size(); i += IN_CHUNK) {
            em.createQuery("select distinct e from EntityRecord e left join fetch e.names where e.id in :ids", EntityRecord.class)
                    .setParameter("ids", all.subList(i, Math.min(all.size(), i + IN_CHUNK))).getResultList()
                    .forEach(r -> out.add(EntityMapper.toSubject(r)));
        }
        return out;
    }

    @Transactional
    public java.util.Optional<String> idByKey(String key) {
        return em.createQuery("select e.id from EntityRecord e where e.key = :key", String.class)
                .setParameter("key", key).getResultStream().findFirst();
    }

    @Transactional
    public long count() {
        return em.createQuery("select count(e) from EntityRecord e", Long.class).getSingleResult();
    }

    private Map<String, String[]> existingByKey(List<String> keys) {
        Map<String, String[]> out = new HashMap<>();
        for (int i = 0; i < keys.size(); i += IN_CHUNK) {
            List<String> chunk = keys.subList(i, Math.min(keys.size(), i + IN_CHUNK));
            for (Object[] row : em.createQuery("select e.key, e.id, e.fingerprint from EntityRecord e where e.key in :keys",
                    Object[].class).setParameter("keys", chunk).getResultList()) {
                out.put((String) row[0], new String[]{(String) row[1], (String) row[2]});
            }
        }
        return out;
    }

    private static void validate(List<Entity> batch) {
        if (batch.isEmpty()) throw new IllegalArgumentException("no entities to upsert");
        if (batch.size() > MAX_BATCH) {
            throw new IllegalArgumentException("at most " + MAX_BATCH + " entities per call, got " + batch.size());
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            Entity e = batch.get(i);
            String key = e.getKey().strip();
            if (key.isEmpty()) throw new IllegalArgumentException("entity #" + (i + 1) + " has no key");
            if (key.length() > 300) throw new IllegalArgumentException("key of entity #" + (i + 1) + " is longer than 300 characters");
            if (!keys.add(key)) throw new IllegalArgumentException("key " + Echo.of(key) + " appears twice in the batch");
            boolean named = !e.getCaption().isBlank() || e.getNamesList().stream().anyMatch(n -> !n.getValue().isBlank());
            if (!named) throw new IllegalArgumentException("entity " + Echo.of(key) + " has neither a caption nor a name");
        }
    }
}
