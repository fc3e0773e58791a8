package dossier.source.eval.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import dossier.source.comparison.ClaimComparator;
import dossier.source.comparison.ComparisonResult;
import dossier.source.domain.Claim;
import dossier.source.extraction.Lexicon;
import dossier.source.mapping.ProtoMapper;
import dossier.source.support.Fixtures;
import dossier.support.model.EventModel;

/**
 * The one place that drives source-service's in-process pipeline for the scorer (the test wiring of
 * {@link Fixtures}: parser, NLP, the test gazetteer standing in for entity-service, the claim
 * extractor), and its comparison of the claims of an event's articles. Claims are read as they go
 * over the wire (ProtoMapper), so the scorer sees what a client sees. When the extraction's entry
 * points change, this class is what follows them.
 */
public final class ExtractionRun {

    public record ArticleResult(String text, List<PredictedEvent> predicted, List<Claim> claims) {
    }

    private final ClaimReader reader;
    private final MatchingRules rules;
    private final EventModel model;
    private final Map<String, PredictedEvent> byClaimId = new HashMap<>();

    public ExtractionRun(EventModel model, MatchingRules rules) {
        this.model = model;
        this.rules = rules;
        this.reader = new ClaimReader(model, rules);
    }

    /** Extracts the claims of one article; their ids are "article#n", their source the article. */
    public ArticleResult run(String eventId, CorpusGold.Article a, String raw) {
        Fixtures.Result r = Fixtures.run(raw, a.outlet(), a.published());
        List<Claim> claims = new ArrayList<>();
        List<PredictedEvent> predicted = new ArrayList<>();
        int n = 0;
        for (Claim c : r.claims()) {
            Claim withIds = c.withIds(a.id() + "#" + n++, eventId, a.id());
            claims.add(withIds);
            PredictedEvent p = reader.read(a.id(), a.published(), ProtoMapper.claim(withIds));
            predicted.add(p);
            byClaimId.put(withIds.id(), p);
        }
        return new ArticleResult(r.article().text(), predicted, claims);
    }

    /** The conflicts the comparison finds among the claims of one event's articles. */
    public List<EventsScorer.FoundConflict> conflicts(String eventId, List<Claim> claims, Map<String, String> labels) {
        ComparisonResult result = new ClaimComparator(Lexicon.english()).compare(eventId, claims, labels);
        List<EventsScorer.FoundConflict> out = new ArrayList<>();
        for (ComparisonResult.Conflict c : result.conflicts()) {
            String slotRole = c.slot().substring(c.slot().lastIndexOf('/') + 1);
            String role = reader.role(slotRole, false);
            List<EventsScorer.FoundValue> values = new ArrayList<>();
            for (ComparisonResult.SlotValue v : c.values()) {
                List<PredictedEvent.Value> vs = new ArrayList<>();
                for (String id : v.claimIds()) {
                    PredictedEvent p = byClaimId.get(id);
                    if (p != null) {
                        vs.addAll(p.values(role));
                    }
                }
                if (vs.isEmpty()) {
                    vs.add(PredictedEvent.Value.of(v.value())); // a slot that is no role of the claim (an attribute)
                }
                values.add(new EventsScorer.FoundValue(v.value(), vs, new LinkedHashSet<>(v.sourceIds())));
            }
            out.add(new EventsScorer.FoundConflict(role, c.description(), values));
        }
        return out;
    }
}
