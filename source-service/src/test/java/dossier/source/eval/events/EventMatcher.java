package dossier.source.eval.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dossier.model.v1.EventKind;
import dossier.support.model.EventModel;

/**
 * Pairs the predicted events of one article with its gold events. A prediction and a gold event can
 * pair when they are of one kind family (transfer, shipment, procurement and export are one family,
 * the kinds marked {@code transfer: true} in event-model.yaml; every other kind is its own) and the
 * prediction's span overlaps the gold quote. Pairs are taken one to one, those with the most
 * agreeing role values first. The roles of a pair are then scored value by value (see
 * {@link EventsScorer}).
 */
public final class EventMatcher {

    public record Located(CorpusGold.GoldEvent gold, int start, int end) {
    }

    public record Pair(Located gold, PredictedEvent predicted, int agreeing) {
    }

    public record Outcome(String article, List<Pair> pairs, List<Located> missed, List<PredictedEvent> spurious,
                          List<Located> located) {
    }

    private final EventModel model;
    private final ValueMatcher values;

    public EventMatcher(EventModel model, ValueMatcher values) {
        this.model = model;
        this.values = values;
    }

    /** The family of a kind: "transfer" for every kind of the transfer family, else the kind itself. */
    public String family(String kind) {
        return model.kind(kind).filter(EventModel.KindDef::transfer).map(k -> EventModel.wire(EventKind.EVENT_KIND_TRANSFER))
                .orElse(kind);
    }

    public boolean transferFamily(String kind) {
        return model.kind(kind).map(EventModel.KindDef::transfer).orElse(false);
    }

    /** Locates each gold quote in the text; a quote that is not there is an error in the gold. */
    public List<Located> locate(String article, String text, List<CorpusGold.GoldEvent> gold) {
        List<Located> out = new ArrayList<>();
        for (CorpusGold.GoldEvent g : gold) {
            int at = text.indexOf(g.quote());
            if (at < 0) {
                throw new IllegalStateException(article + ": gold quote not in the text: " + g.quote());
            }
            out.add(new Located(g, at, at + g.quote().length()));
        }
        return out;
    }

    public Outcome match(String article, String text, List<CorpusGold.GoldEvent> gold, List<PredictedEvent> predicted) {
        List<Located> located = locate(article, text, gold);
        List<Pair> candidates = new ArrayList<>();
        for (Located g : located) {
            for (PredictedEvent p : predicted) {
                if (family(g.gold().kind()).equals(family(p.kind())) && p.overlaps(g.start(), g.end())) {
                    candidates.add(new Pair(g, p, agreeing(g.gold(), p)));
                }
            }
        }
        candidates.sort(Comparator.comparingInt(Pair::agreeing).reversed()); // stable: text order breaks ties
        Set<Located> usedGold = new HashSet<>();
        Set<PredictedEvent> usedPredicted = new HashSet<>();
        List<Pair> pairs = new ArrayList<>();
        for (Pair c : candidates) {
            if (!usedGold.contains(c.gold()) && !usedPredicted.contains(c.predicted())) {
                usedGold.add(c.gold());
                usedPredicted.add(c.predicted());
                pairs.add(c);
            }
        }
        List<Located> missed = located.stream().filter(g -> !usedGold.contains(g)).toList();
        List<PredictedEvent> spurious = predicted.stream().filter(p -> !usedPredicted.contains(p)).toList();
        return new Outcome(article, pairs, missed, spurious, located);
    }

    /** How many gold role values the prediction agrees with. */
    int agreeing(CorpusGold.GoldEvent g, PredictedEvent p) {
        int n = 0;
        for (var e : g.roles().entrySet()) {
            for (String v : e.getValue()) {
                if (p.values(e.getKey()).stream().anyMatch(x -> values.agrees(e.getKey(), v, x))) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The roles a pair is scored on: those the gold labels, and those either kind declares. */
    Set<String> scoredRoles(CorpusGold.GoldEvent g, PredictedEvent p) {
        Set<String> roles = new LinkedHashSet<>(g.roles().keySet());
        for (String r : p.roles().keySet()) {
            if (declares(g.kind(), r) || declares(p.kind(), r)) {
                roles.add(r);
            }
        }
        return roles;
    }

    boolean declares(String kind, String role) {
        return model.kind(kind).map(k -> k.hasRole(role)).orElse(false);
    }
}
