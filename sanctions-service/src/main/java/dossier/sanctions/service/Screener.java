package dossier.sanctions.service;

import dossier.entity.v1.Match;
import dossier.entity.v1.MatchEntitiesRequest;
import dossier.entity.v1.MatchEntitiesResponse;
import dossier.entity.v1.MatchReason;
import dossier.entity.v1.Schema;
import dossier.sanctions.client.EntityDirectory;
import dossier.sanctions.lists.OfacLegacyCsvParser;
import dossier.sanctions.lists.UnConsolidatedListParser;
import dossier.sanctions.v1.ScreenRequest;
import dossier.sanctions.v1.ScreenResponse;
import dossier.sanctions.v1.ScreeningHit;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Screens names against the imported lists: entity-service matches, designations turn matches into hits. */
@ApplicationScoped
public class Screener {
    static final String OFAC_NOTE = "US sanctions (OFAC): binds US persons and US-nexus transactions; context, not a verdict, "
            + "for conduct without US nexus";
    static final String UN_NOTE = "UN Security Council: binds all UN Member States";

    @Inject
    EntityDirectory entities;
    @Inject
    ActiveDesignations designations;

    @ConfigProperty(name = "dossier.screening.threshold", defaultValue = "0.7")
    double defaultThreshold;

    /** Parties are screened automatically, so only strong name matches are attached to them. */
    @ConfigProperty(name = "dossier.screening.party-threshold", defaultValue = "0.85")
    double partyThreshold;

    /** Screens a name, holding the calling thread until entity-service answers (case evaluation). */
    public ScreenResponse screen(ScreenRequest req) {
        return answer(req, entities.match(matchRequest(req)));
    }

    /**
     * Screens a name without holding a thread while entity-service matches: the Screen RPC runs on the
     * event loop, two thread hand-overs fewer a call. Hits need the designations in memory; before
     * their first load (a database read) the answer is made on a worker thread.
     */
    public Uni<ScreenResponse> screenAsync(ScreenRequest req) {
        return Uni.createFrom().deferred(() -> {
            Uni<MatchEntitiesResponse> matches = entities.matchAsync(matchRequest(req));
            if (!designations.loaded()) matches = matches.emitOn(Infrastructure.getDefaultWorkerPool());
            return matches.map(m -> answer(req, m));
        });
    }

    private MatchEntitiesRequest matchRequest(ScreenRequest req) {
        if (req.getName().isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if (req.getLimit() < 0 || req.getThreshold() < 0 || req.getThreshold() > 1) {
            throw new IllegalArgumentException("limit must be >= 0 and threshold within [0,1]");
        }
        int limit = limit(req);
        return MatchEntitiesRequest.newBuilder()
                .setName(req.getName().trim())
                .setSchema(req.getSchema())
                .setBirthDate(req.getBirthDate())
                .setCountry(req.getCountry())
                // a few more than wanted: a matched entity may have no active designation (delisted)
                .setLimit(limit + Math.max(5, limit / 2))
                .setThreshold(threshold(req))
                .addDatasets(OfacLegacyCsvParser.DATASET)
                .addDatasets(UnConsolidatedListParser.DATASET)
                .setBrief(true) // id and caption are all a hit needs
                .build();
    }

    private ScreenResponse answer(ScreenRequest req, MatchEntitiesResponse matches) {
        List<ScreeningHit> hits = hitsFor(matches.getMatchesList());
        return ScreenResponse.newBuilder()
                .addAllHits(hits.subList(0, Math.min(limit(req), hits.size())))
                .setThreshold(matches.getThreshold() > 0 ? matches.getThreshold() : threshold(req))
                .build();
    }

    private static int limit(ScreenRequest req) {
        return req.getLimit() == 0 ? 10 : Math.min(req.getLimit(), 200);
    }

    private double threshold(ScreenRequest req) {
        return req.getThreshold() == 0 ? defaultThreshold : req.getThreshold();
    }

    /** Screens one party of a case by name (with its schema and first country); only hits that pass. */
    public List<ScreeningHit> screenParty(String name, Schema schema, String country) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        ScreenResponse r = screen(ScreenRequest.newBuilder().setName(name).setSchema(schema)
                .setCountry(country == null ? "" : country).setLimit(5).build());
        return r.getHitsList().stream().filter(h -> h.getPassesThreshold() && h.getScore() >= partyThreshold).toList();
    }

    /** The designations of an entity itself (the party IS a listed entity), as exact hits. */
    public List<ScreeningHit> designationsOf(String entityId, String caption) {
        if (entityId == null || entityId.isBlank()) {
            return List.of();
        }
        return designations.of(entityId).stream().map(d -> hit(d, entityId, caption, caption, 1.0, true, List.of(MatchReason.newBuilder()
                .setFeature("entity_id").setScore(1.0).setDetail("The party is the listed entity itself").build()))).toList();
    }

    List<ScreeningHit> hitsFor(List<Match> matches) {
        List<ScreeningHit> hits = new ArrayList<>();
        for (Match m : matches) {
            for (ActiveDesignations.Listed d : designations.of(m.getEntity().getId())) {
                hits.add(hit(d, m.getEntity().getId(), m.getEntity().getCaption(), m.getMatchedName(), m.getScore(),
                        m.getPassesThreshold(), m.getReasonsList()));
            }
        }
        hits.sort(Comparator.comparing(ScreeningHit::getPassesThreshold).reversed()
                .thenComparing(Comparator.comparingDouble(ScreeningHit::getScore).reversed()));
        return hits;
    }

    private static ScreeningHit hit(ActiveDesignations.Listed d, String entityId, String caption, String matched, double score,
                                    boolean passes, List<MatchReason> reasons) {
        return ScreeningHit.newBuilder()
                .setEntityId(entityId)
                .setName(caption)
                .setMatchedName(matched)
                .setScore(score)
                .setPassesThreshold(passes)
                .setList(d.listName())
                .setProgram(String.join(", ", d.programs()))
                .setReference(d.reference())
                .setListedOn(d.listedOn())
                .addAllReasons(reasons)
                .setJurisdictionNote(OfacLegacyCsvParser.DATASET.equals(d.dataset()) ? OFAC_NOTE : UN_NOTE)
                .build();
    }
}
