package dossier.sanctions.service;

import dossier.entity.v1.Schema;
import dossier.sanctions.client.EntityDirectory;
import dossier.sanctions.client.SourceLibrary;
import dossier.sanctions.config.MeasureRegistry;
import dossier.sanctions.mapping.CaseMapper;
import dossier.sanctions.repository.CaseRecord;
import dossier.sanctions.repository.VerdictChangeRecord;
import dossier.sanctions.repository.VerdictRecord;
import dossier.sanctions.rules.CaseFacts;
import dossier.sanctions.rules.Evaluation;
import dossier.sanctions.rules.PartyCollector;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.EvaluateCaseResponse;
import dossier.sanctions.v1.Party;
import dossier.sanctions.v1.ScreeningHit;
import dossier.sanctions.v1.Verdict;
import dossier.source.v1.Claim;
import dossier.source.v1.ListConflictsResponse;
import dossier.source.v1.Source;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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

    public EvaluateCaseResponse evaluate(String caseId) {
        CaseRecord before = QuarkusTransaction.requiringNew().call(() -> cases.find(caseId));
        String id = before.id;
        List<Claim> claims = sourceLibrary.claims(id);
        List<Source> sources = sourceLibrary.sources(id);
        ListConflictsResponse conflicts = sourceLibrary.conflicts(id);
        CaseFacts facts = new CaseFacts(claims, sources, conflicts.getConflictsList(), conflicts.getCorroborationsList());
        CachingEntityLookup lookup = new CachingEntityLookup(entities);
        Instant now = Instant.now();
        Evaluation eval = measures.engine().evaluate(facts, lookup, now.toString());
        List<Party> parties = screen(new PartyCollector().collect(eval.drafts(), facts, lookup));
        String reason = reason(before, sources);

        return QuarkusTransaction.requiringNew().call(() -> {
            CaseRecord r = cases.find(id);
            Map<String, VerdictRecord> old = new HashMap<>();
            for (VerdictRecord v : VerdictRecord.<VerdictRecord>list("caseId", id)) {
                old.put(v.incidentId + "|" + v.measureId, v);
            }
            for (Verdict v : eval.verdicts()) {
                VerdictRecord prev = old.remove(v.getIncidentId() + "|" + v.getMeasureId());
                String prevOutcome = prev == null ? "" : prev.outcome;
                double prevConfidence = prev == null ? 0 : prev.confidence;
                // The row of an incident/measure pair is replaced in place: same id, new content.
                VerdictRecord n = prev != null ? prev : new VerdictRecord();
                n.id = id + ":" + v.getId();
                n.caseId = id;
                n.incidentId = v.getIncidentId();
                n.measureId = v.getMeasureId();
                n.outcome = v.getOutcome().name();
                n.confidence = v.getConfidence();
                n.evaluatedAt = now;
                n.payload = v.toByteArray();
                if (prev == null) {
                    n.persist();
                }
                if (!prevOutcome.equals(n.outcome) || Math.abs(prevConfidence - n.confidence) > 1e-9) {
                    change(id, v.getMeasureId(), v.getIncidentId(), prevOutcome, n.outcome, prevConfidence, n.confidence, reason, now);
                }
            }
            for (VerdictRecord gone : old.values()) {
                gone.delete();
                change(id, gone.measureId, gone.incidentId, gone.outcome, "", gone.confidence, 0,
                        reason + "; the incident is no longer supported by the claims", now);
            }
            r.evaluation = CaseFile.newBuilder().addAllIncidents(eval.incidents()).addAllParties(parties).build().toByteArray();
            r.evaluatedSources = sources.stream().map(s -> s.getId() + "\u0001" + s.getTitle()).collect(Collectors.joining("\u0002"));
            r.evaluatedAt = now;
            r.updatedAt = now;
            return EvaluateCaseResponse.newBuilder()
                    .setCase(CaseMapper.toProto(r))
                    .addAllIncidents(eval.incidents())
                    .addAllVerdicts(eval.verdicts())
                    .build();
        });
    }

    /** Each party gets the designations of its own entity plus what a name screen finds. */
    List<Party> screen(List<Party> parties) {
        List<Party> out = new ArrayList<>();
        for (Party p : parties) {
            Map<String, ScreeningHit> hits = new LinkedHashMap<>();
            for (ScreeningHit h : screener.designationsOf(p.getEntityId(), p.getName())) {
                hits.put(h.getList() + "|" + h.getReference(), h);
            }
            Schema schema = p.getSchema().isEmpty() ? Schema.SCHEMA_UNSPECIFIED : Schema.valueOf(p.getSchema());
            String country = p.getCountriesCount() > 0 ? p.getCountries(0) : "";
            // A name that did not even resolve to an entity is a description ("both sides"): screening it
            // only yields noise.
            if (schema != Schema.COUNTRY && !p.getEntityId().isEmpty()) {
                for (ScreeningHit h : screener.screenParty(p.getName(), schema, country)) {
                    hits.putIfAbsent(h.getList() + "|" + h.getReference(), h);
                }
            }
            out.add(p.toBuilder().clearHits().addAllHits(hits.values()).build());
        }
        return out;
    }

    /** Why the verdicts may have changed: sources added or removed since the last evaluation. */
    static String reason(CaseRecord before, List<Source> sources) {
        if (before.evaluatedAt == null) {
            return "first evaluation (" + sources.size() + " source(s))";
        }
        Map<String, String> prev = new LinkedHashMap<>();
        if (before.evaluatedSources != null && !before.evaluatedSources.isEmpty()) {
            for (String s : before.evaluatedSources.split("\u0002")) {
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

    private static void change(String caseId, String measure, String incident, String oldOutcome, String newOutcome,
                               double oldConf, double newConf, String reason, Instant at) {
        VerdictChangeRecord c = new VerdictChangeRecord();
        c.caseId = caseId;
        c.measureId = measure;
        c.incidentId = incident;
        c.oldOutcome = oldOutcome;
        c.newOutcome = newOutcome;
        c.oldConfidence = oldConf;
        c.newConfidence = newConf;
        c.reason = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        c.changedAt = at;
        c.persist();
    }

    static List<String> split(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split("\u0002"));
    }
}
