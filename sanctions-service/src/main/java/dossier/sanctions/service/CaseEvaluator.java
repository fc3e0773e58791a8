package dossier.sanctions.service;

import dossier.support.grpc.CallBudget;
import dossier.support.audit.AuditAction;
import dossier.support.audit.AuditTrail;
import dossier.entity.v1.Schema;
import dossier.sanctions.client.EntityDirectory;
import dossier.sanctions.client.SourceLibrary;
import dossier.sanctions.config.MeasureRegistry;
import dossier.sanctions.mapping.CaseMapper;
import dossier.sanctions.repository.CaseRecord;
import dossier.sanctions.repository.VerdictRecord;
import dossier.sanctions.review.VerdictDiff;
import dossier.sanctions.review.VerdictOverrides;
import dossier.sanctions.domain.CaseFacts;
import dossier.sanctions.domain.PartyView;
import dossier.sanctions.mapping.FactsMapper;
import dossier.sanctions.mapping.VerdictMapper;
import dossier.sanctions.rules.Evaluation;
import dossier.sanctions.rules.PartyCollector;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.EvaluateCaseResponse;
import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.Party;
import dossier.sanctions.v1.ScreeningHit;
import dossier.sanctions.v1.Verdict;
import dossier.sanctions.v1.VerdictOverride;
import dossier.source.v1.Claim;
import dossier.source.v1.ListConflictsResponse;
import dossier.source.v1.Source;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Evaluates a case: reads its claims and sources, runs the rules, screens the parties and stores
 * the verdicts, recording in the history every verdict whose outcome or confidence changed.
 * Everything is read before anything is written, so a failing dependency leaves the case as it was.
 */
@ApplicationScoped
public class CaseEvaluator {
    static final int MAX_REASON = 1000;

    @Inject
    CaseManager cases;
    @Inject
    SourceLibrary sourceLibrary;
    @Inject
    EntityDirectory entities;
    @Inject
    MeasureRegistry measures;
    @Inject
    Screener screener;
    @Inject
    CaseReview review;
    @Inject
    PartyScreening screening;
    @Inject
    ActiveDesignations designations;
    @Inject
    AuditTrail audit;
    @Inject
    CaseFileAssembler files;

    /** How often an evaluation reads the facts again when another one was stored while it read them. */
    static final int MAX_READS = 3;

    /**
     * One evaluation of a case at a time, on every replica, and no remote call while the case is
     * locked: the facts (claims, sources, conflicts, entities, screening) are read first, without a
     * lock; then the case row is locked only to compare with and replace the stored verdicts. When
     * another evaluation was stored after this one began reading, the facts are read again (up to
     * {@link #MAX_READS} times), so a slower evaluation does not replace a newer one with older facts.
     * A failing dependency changes nothing. {@code caseOnly}: the answer holds the case alone.
     */
    public EvaluateCaseResponse evaluate(String caseId, String requestedReason, boolean caseOnly) {
        if (requestedReason.length() > MAX_REASON) {
            throw new IllegalArgumentException("reason must be at most " + MAX_REASON + " characters");
        }
        for (int read = 1; ; read++) {
            Instant readFrom = Instant.now();
            Facts facts = QuarkusTransaction.requiringNew().call(() -> readFacts(cases.find(caseId).id));
            boolean lastRead = read == MAX_READS;
            CallBudget.checkBefore("storing the evaluation");
            long[] fileVersion = {0};
            EvaluateCaseResponse stored = QuarkusTransaction.requiringNew().call(
                    () -> store(facts, readFrom, lastRead, requestedReason, caseOnly, fileVersion));
            if (stored != null) {
                files.keepEvaluated(facts.caseId(), fileVersion[0], facts.read());
                return stored;
            }
        }
    }

    /** What an evaluation reads from the other services and the lists, and what the rules made of it. */
    private record Facts(String caseId, List<Source> sources, List<Verdict> verdicts,
                         List<dossier.sanctions.v1.Incident> incidents, List<Party> parties, String listsVersion,
                         CaseFileAssembler.SourceParts read) {
    }

    private Facts readFacts(String id) {
        List<Claim> claims = sourceLibrary.claims(id);
        List<Source> sources = sourceLibrary.sources(id);
        ListConflictsResponse conflicts = sourceLibrary.conflicts(id);
        CaseFacts facts = FactsMapper.toDomain(claims, sources, conflicts.getConflictsList(), conflicts.getCorroborationsList());
        CachingEntityLookup lookup = new CachingEntityLookup(entities, designations);
        Evaluation eval = measures.engine().evaluate(facts, lookup, Instant.now().toString());
        // read before screening: an import finishing meanwhile leaves the stored version older, never newer
        String listsVersion = screening.version();
        List<Party> parties = screenViews(new PartyCollector().collect(eval.drafts(), facts, lookup), listsVersion);
        return new Facts(id, sources, VerdictMapper.toProto(eval.verdicts()), VerdictMapper.incidents(eval.incidents()),
                parties, listsVersion, new CaseFileAssembler.SourceParts(sources, claims, conflicts));
    }

    /**
     * Under the case's lock: the verdicts replaced and their changes recorded; null (nothing
     * written) when another evaluation was stored after {@code readFrom} and this is not the last read.
     * {@code fileVersion[0]}: the case file's version this evaluation made.
     */
    private EvaluateCaseResponse store(Facts f, Instant readFrom, boolean lastRead, String requestedReason, boolean caseOnly,
                                       long[] fileVersion) {
        CaseRecord r = cases.lock(f.caseId());
        if (!lastRead && r.evaluatedAt != null && r.evaluatedAt.isAfter(readFrom)) {
            return null;
        }
        String id = r.id;
        Instant now = Instant.now();
        String reason = reason(requestedReason, r, f.sources());
        List<VerdictRecord> stored = VerdictRecord.list("caseId", id);
        Map<String, VerdictOverride> overrides = review.overridesOf(id);
        Map<String, Outcome> analystOutcomes = new HashMap<>();
        overrides.forEach((k, o) -> analystOutcomes.put(k, o.getOutcome()));
        List<VerdictDiff.Stored> before = stored.stream().map(v -> new VerdictDiff.Stored(v.incidentId, v.measureId,
                measures.title(v.measureId), CaseMapper.outcome(v.outcome), v.confidence)).toList();
        for (VerdictDiff.Change c : VerdictDiff.between(before, f.verdicts(), analystOutcomes, reason)) {
            CaseReview.record(id, c.incidentId(), c.measureId(), c.measureTitle(), c.oldOutcome(), c.newOutcome(),
                    c.oldConfidence(), c.newConfidence(), c.reason(), CaseReview.EVALUATION, now);
        }
        replaceVerdicts(id, stored, f.verdicts(), now);
        r.evaluation = CaseFile.newBuilder().addAllIncidents(f.incidents()).addAllParties(f.parties()).build().toByteArray();
        r.evaluatedSourceList = f.sources().stream().map(s -> s.getId() + "\u0001" + s.getTitle()).collect(Collectors.joining("\u0002"));
        r.screenedListsVersion = f.listsVersion();
        r.evaluatedAt = now;
        r.changed(now);
        fileVersion[0] = r.fileVersion();
        audit.recordAs("system:evaluation", AuditAction.CASE_EVALUATE, CaseManager.target(id), "",
                AuditTrail.json(Map.of("incidents", f.incidents().size(), "verdicts", f.verdicts().size())), reason);
        if (caseOnly) {
            return EvaluateCaseResponse.newBuilder().setCase(CaseMapper.toProto(r)).build();
        }
        return EvaluateCaseResponse.newBuilder()
                .setCase(CaseMapper.toProto(r))
                .addAllIncidents(f.incidents())
                .addAllVerdicts(VerdictOverrides.applyAll(f.verdicts(), overrides))
                .build();
    }

    /** The row of an incident/measure pair is replaced in place (same id, new content); rows of gone verdicts go. */
    private static void replaceVerdicts(String caseId, List<VerdictRecord> stored, List<Verdict> verdicts, Instant now) {
        Map<String, VerdictRecord> old = new HashMap<>();
        stored.forEach(v -> old.put(v.id, v));
        for (Verdict v : verdicts) {
            VerdictRecord prev = old.remove(caseId + ":" + v.getId());
            VerdictRecord n = prev != null ? prev : new VerdictRecord();
            n.id = caseId + ":" + v.getId();
            n.caseId = caseId;
            n.incidentId = v.getIncidentId();
            n.measureId = v.getMeasureId();
            n.outcome = v.getOutcome().name();
            n.confidence = v.getConfidence();
            n.evaluatedAt = now;
            n.payload = v.toByteArray();
            if (prev == null) {
                n.persist();
            }
        }
        old.values().forEach(VerdictRecord::delete);
    }

    /** Each party gets the designations of its own entity plus what a name screen finds. */
    List<Party> screen(List<Party> parties) {
        return screen(parties, screening.version());
    }

    /**
     * The collected parties, screened: a party resolved to an entity as before; a maker known from
     * the makes and models data (no entity) by each of its registered names.
     */
    private List<Party> screenViews(List<PartyView> views, String listsVersion) {
        List<Party> resolved = new ArrayList<>();
        List<Party> out = new ArrayList<>();
        for (PartyView v : views) {
            Party p = VerdictMapper.toProto(v);
            if (v.byName() && v.entityId().isEmpty()) {
                Map<String, ScreeningHit> hits = new LinkedHashMap<>();
                for (String name : v.screenNames()) {
                    for (ScreeningHit h : screening.hits(listsVersion, name, Schema.COMPANY, "")) {
                        hits.putIfAbsent(h.getList() + "|" + h.getReference(), h);
                    }
                }
                out.add(p.toBuilder().addAllHits(hits.values()).build());
            } else {
                resolved.add(p);
            }
        }
        List<Party> screened = screen(resolved, listsVersion);
        screened.addAll(out);
        return screened;
    }

    private List<Party> screen(List<Party> parties, String listsVersion) {
        List<Party> out = new ArrayList<>();
        for (Party p : parties) {
            Map<String, ScreeningHit> hits = new LinkedHashMap<>();
            for (ScreeningHit h : screener.designationsOf(p.getEntityId(), p.getName())) {
                hits.put(h.getList() + "|" + h.getReference(), h);
            }
            Schema schema = schemaOf(p.getSchema());
            String country = p.getCountriesCount() > 0 ? p.getCountries(0) : "";
            // A name that did not even resolve to an entity is a description ("both sides"): screening it
            // only yields noise.
            if (schema != Schema.COUNTRY && !p.getEntityId().isEmpty()) {
                for (ScreeningHit h : screening.hits(listsVersion, p.getName(), schema, country)) {
                    hits.putIfAbsent(h.getList() + "|" + h.getReference(), h);
                }
            }
            out.add(p.toBuilder().clearHits().addAllHits(hits.values()).build());
        }
        return out;
    }

    private static Schema schemaOf(String name) {
        try {
            return name.isEmpty() ? Schema.SCHEMA_UNSPECIFIED : Schema.valueOf(name);
        } catch (IllegalArgumentException e) {
            return Schema.SCHEMA_UNSPECIFIED;
        }
    }

    /** Whether the hits screened with that lists' version are still current. */
    boolean screenedWithCurrentLists(String listsVersion) {
        return listsVersion != null && listsVersion.equals(screening.version());
    }

    /**
     * Why the verdicts may have changed: the caller's reason ("evaluation requested" when none),
     * followed by what changed in the sources since the last evaluation unless the reason says it already.
     */
    static String reason(String requested, CaseRecord before, List<Source> sources) {
        String given = requested.isBlank() ? "evaluation requested" : requested.strip();
        String seen = sourceChanges(before, sources);
        return given.contains(seen) ? given : given + ": " + seen;
    }

    private static String sourceChanges(CaseRecord before, List<Source> sources) {
        if (before.evaluatedAt == null) {
            return "first evaluation (" + sources.size() + " source(s))";
        }
        Map<String, String> prev = new LinkedHashMap<>();
        if (before.evaluatedSourceList != null && !before.evaluatedSourceList.isEmpty()) {
            for (String s : before.evaluatedSourceList.split("\u0002")) {
                String[] p = s.split("\u0001", 2);
                prev.put(p[0], p.length > 1 ? p[1] : "");
            }
        }
        List<String> parts = new ArrayList<>();
        Set<String> now = new LinkedHashSet<>();
        for (Source s : sources) {
            now.add(s.getId());
            if (!prev.containsKey(s.getId())) {
                parts.add("source '" + (s.getTitle().isEmpty() ? s.getId() : s.getTitle()) + "' added");
            }
        }
        prev.forEach((sid, title) -> {
            if (!now.contains(sid)) {
                parts.add("source '" + (title.isEmpty() ? sid : title) + "' removed");
            }
        });
        return parts.isEmpty() ? "re-evaluated: claims, entities or measures changed" : String.join("; ", parts);
    }
}
