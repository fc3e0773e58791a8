package dossier.source.eval.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dossier.source.domain.Claim;
import dossier.support.model.EventModel;

/** Runs the extraction on every article of a corpus split and scores it against the gold. */
public final class EventsEvaluation {

    public static EventsScorer.Report run(String split) {
        EventModel model = EventModel.standard();
        MatchingRules rules = MatchingRules.standard();
        EventsScorer scorer = new EventsScorer(model, rules);
        ExtractionRun extraction = new ExtractionRun(model, rules);
        for (CorpusGold.EventFile event : CorpusGold.load(split)) {
            List<Claim> claims = new ArrayList<>();
            Map<String, String> labels = new LinkedHashMap<>();
            for (CorpusGold.Article a : event.articles()) {
                ExtractionRun.ArticleResult r = extraction.run(event.event(), a, CorpusGold.text(split, a));
                scorer.scoreArticle(a, r.text(), r.predicted());
                claims.addAll(r.claims());
                labels.put(a.id(), a.outlet());
            }
            scorer.scoreConflicts(event, extraction.conflicts(event.event(), claims, labels));
        }
        return scorer.report();
    }

    private EventsEvaluation() {
    }
}
