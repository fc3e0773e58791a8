package dossier.source.eval.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dossier.model.v1.EventKind;
import dossier.support.model.EventModel;

/**
 * Accumulates the scores of a split, article by article and event by event:
 * <ul>
 * <li>event roles: on a matched pair, each gold value is a true positive when a predicted value of
 * its role agrees, else a miss; each predicted value that agrees with no gold value of its role is a
 * false positive. A missed gold event misses all its values; an unmatched prediction of a scored
 * kind is a false positive in every role its kind declares;</li>
 * <li>parties with their roles: a gold party (a proper name filling a party role) is found when any
 * claim of the article has that role with a value that agrees with the name;</li>
 * <li>conflicts, per event across its articles: a found conflict matches a gold one when its role is
 * the gold role and each gold value is among its values, from one of the gold articles;</li>
 * <li>prohibitions and denials scored as transfers: predictions of the transfer family whose span
 * overlaps a gold prohibition or denial and that are not paired with a gold transfer.</li>
 * </ul>
 */
public final class EventsScorer {

    /** True positives, false positives and misses; precision is undefined (NaN) with nothing predicted. */
    public static final class Counts {
        int tp;
        int fp;
        int fn;

        public int tp() { return tp; }
        public int fp() { return fp; }
        public int fn() { return fn; }

        public double precision() {
            return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? Double.NaN : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            if (Double.isNaN(p) || Double.isNaN(r)) {
                return tp + fp + fn == 0 ? Double.NaN : 0.0;
            }
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }

        @Override
        public String toString() {
            return String.format("P=%s R=%s F1=%s (tp=%d fp=%d fn=%d)", fmt(precision()), fmt(recall()), fmt(f1()), tp, fp, fn);
        }

        static String fmt(double d) {
            return Double.isNaN(d) ? "n/a " : String.format("%.2f", d);
        }
    }

    /** A conflict the comparison reported: its role and its competing values, each with the articles behind it. */
    public record FoundConflict(String role, String description, List<FoundValue> values) {
    }

    public record FoundValue(String display, List<PredictedEvent.Value> values, Set<String> articles) {
    }

    public record Report(Map<String, Counts> byRole, Counts roles, Counts events, int partiesFound, int parties,
                         Counts conflicts, Map<String, Counts> conflictsByEvent, List<String> nonConflictsFlagged, int prohibitionsOrDenialsAsTransfers,
                         int modalityAgree, int matched, List<String> notes) {
        public double partyRecall() {
            return parties == 0 ? Double.NaN : (double) partiesFound / parties;
        }
    }

    private final EventModel model;
    private final MatchingRules rules;
    private final ValueMatcher values;
    private final EventMatcher matcher;
    private final String prohibition = EventModel.wire(EventKind.EVENT_KIND_PROHIBITION);
    private final String denial = EventModel.wire(EventKind.EVENT_KIND_DENIAL);

    private final Map<String, Counts> byRole = new TreeMap<>();
    private final Counts roles = new Counts();
    private final Counts events = new Counts();
    private final Counts conflicts = new Counts();
    private final Map<String, Counts> conflictsByEvent = new LinkedHashMap<>();
    private final List<String> nonConflictsFlagged = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private int partiesFound;
    private int parties;
    private int asTransfers;
    private int modalityAgree;
    private int matched;

    public EventsScorer(EventModel model, MatchingRules rules) {
        this.model = model;
        this.rules = rules;
        this.values = new ValueMatcher(model, rules);
        this.matcher = new EventMatcher(model, values);
    }

    public ValueMatcher values() {
        return values;
    }

    /** Scores the predictions of one article (all its claims; unscored kinds count for parties only). */
    public void scoreArticle(CorpusGold.Article a, String text, List<PredictedEvent> predicted) {
        List<PredictedEvent> scored = predicted.stream().filter(p -> rules.scoredKinds().contains(p.kind())).toList();
        EventMatcher.Outcome o = matcher.match(a.id(), text, a.events(), scored);
        for (EventMatcher.Pair pair : o.pairs()) {
            events.tp++;
            matched++;
            CorpusGold.GoldEvent g = pair.gold().gold();
            PredictedEvent p = pair.predicted();
            modalityAgree += g.modality().equals(p.modality()) ? 1 : 0;
            for (String role : matcher.scoredRoles(g, p)) {
                scoreRole(a.id(), role, g.roles().getOrDefault(role, List.of()), p.values(role));
            }
        }
        for (EventMatcher.Located m : o.missed()) {
            events.fn++;
            m.gold().roles().forEach((role, vs) -> vs.forEach(v -> count(role, c -> c.fn++)));
            notes.add("MISS " + a.id() + " " + m.gold().kind() + " " + m.gold().roles() + " \"" + m.gold().quote() + "\"");
        }
        for (PredictedEvent p : o.spurious()) {
            events.fp++;
            p.roles().forEach((role, vs) -> {
                if (matcher.declares(p.kind(), role)) {
                    vs.forEach(v -> count(role, c -> c.fp++));
                }
            });
            notes.add("FP   " + a.id() + " " + describe(p));
        }
        scoreTransfersOnLaw(a, o);
        scoreParties(a, predicted);
    }

    private void scoreRole(String article, String role, List<String> gold, List<PredictedEvent.Value> predicted) {
        for (String g : gold) {
            boolean hit = predicted.stream().anyMatch(p -> values.agrees(role, g, p));
            count(role, c -> {
                if (hit) {
                    c.tp++;
                } else {
                    c.fn++;
                }
            });
            if (!hit) {
                notes.add("ROLE " + article + " " + role + ": gold \"" + g + "\", predicted " + texts(predicted));
            }
        }
        for (PredictedEvent.Value p : predicted) {
            if (gold.stream().noneMatch(g -> values.agrees(role, g, p))) {
                count(role, c -> c.fp++);
                if (!gold.isEmpty()) {
                    continue; // already noted with the gold value it missed
                }
                notes.add("ROLE " + article + " " + role + ": predicted \"" + p.text() + "\", gold none");
            }
        }
    }

    private void count(String role, java.util.function.Consumer<Counts> inc) {
        inc.accept(byRole.computeIfAbsent(role, k -> new Counts()));
        inc.accept(roles);
    }

    private void scoreTransfersOnLaw(CorpusGold.Article a, EventMatcher.Outcome o) {
        Set<PredictedEvent> pairedWithTransfer = new LinkedHashSet<>();
        for (EventMatcher.Pair p : o.pairs()) {
            if (matcher.transferFamily(p.gold().gold().kind())) {
                pairedWithTransfer.add(p.predicted());
            }
        }
        Set<PredictedEvent> counted = new LinkedHashSet<>();
        for (EventMatcher.Located g : o.located()) {
            String kind = g.gold().kind();
            if (!kind.equals(prohibition) && !kind.equals(denial)) {
                continue;
            }
            for (EventMatcher.Pair p : o.pairs()) {
                consider(a, g, p.predicted(), pairedWithTransfer, counted);
            }
            for (PredictedEvent p : o.spurious()) {
                consider(a, g, p, pairedWithTransfer, counted);
            }
        }
    }

    private void consider(CorpusGold.Article a, EventMatcher.Located law, PredictedEvent p, Set<PredictedEvent> paired,
                          Set<PredictedEvent> counted) {
        if (matcher.transferFamily(p.kind()) && p.overlaps(law.start(), law.end()) && !paired.contains(p) && counted.add(p)) {
            asTransfers++;
            notes.add("LAW-AS-TRANSFER " + a.id() + " " + law.gold().kind() + " \"" + law.gold().quote() + "\" -> " + describe(p));
        }
    }

    private void scoreParties(CorpusGold.Article a, List<PredictedEvent> predicted) {
        for (Map.Entry<String, Set<String>> e : goldParties(a).entrySet()) {
            String names = e.getKey();
            for (String role : e.getValue()) {
                parties++;
                boolean found = predicted.stream().flatMap(p -> p.values(role).stream())
                        .anyMatch(v -> values.agrees(role, names, v));
                if (found) {
                    partiesFound++;
                } else {
                    notes.add("PARTY " + a.id() + " " + role + " " + names);
                }
            }
        }
    }

    /**
     * The parties of an article: name alternatives (proper names only) → their roles. A value of a
     * party role of a gold event is a party when one of its alternatives is a proper name.
     */
    public Map<String, Set<String>> goldParties(CorpusGold.Article a) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (CorpusGold.GoldEvent g : a.events()) {
            g.roles().forEach((role, vs) -> {
                if (model.isParty(role)) {
                    for (String v : vs) {
                        String names = properNames(v);
                        if (!names.isEmpty()) {
                            out.computeIfAbsent(names, k -> new LinkedHashSet<>()).add(role);
                        }
                    }
                }
            });
        }
        for (CorpusGold.Party p : a.parties()) {
            out.computeIfAbsent(p.name(), k -> new LinkedHashSet<>()).addAll(p.roles());
        }
        return out;
    }

    private static String properNames(String alternatives) {
        List<String> names = new ArrayList<>();
        for (String alt : alternatives.split("\\|")) {
            if (!alt.isEmpty() && Character.isUpperCase(alt.codePointAt(0))) {
                names.add(alt);
            }
        }
        return String.join("|", names);
    }

    /** Scores the conflicts found among the articles of one event against its gold. */
    public void scoreConflicts(CorpusGold.EventFile gold, List<FoundConflict> found) {
        Set<CorpusGold.Comparison> hit = new LinkedHashSet<>();
        Counts event = conflictsByEvent.computeIfAbsent(gold.event(), k -> new Counts());
        for (FoundConflict f : found) {
            List<CorpusGold.Comparison> matches = gold.conflicts().stream().filter(g -> covers(g, f)).toList();
            if (matches.isEmpty()) {
                conflicts.fp++;
                event.fp++;
                notes.add("CONFLICT-FP " + gold.event() + " " + f.role() + ": " + f.description());
                gold.nonConflicts().stream().filter(n -> covers(n, f)).findFirst().ifPresent(n ->
                        nonConflictsFlagged.add(gold.event() + " " + n.role() + " (" + n.why() + ")"));
            } else {
                hit.addAll(matches);
            }
        }
        for (CorpusGold.Comparison g : gold.conflicts()) {
            if (hit.contains(g)) {
                conflicts.tp++;
                event.tp++;
            } else {
                conflicts.fn++;
                event.fn++;
                notes.add("CONFLICT-MISS " + gold.event() + " " + g.role() + " " + g.values());
            }
        }
    }

    /** Every gold value of the comparison is among the found values of its role, from one of its articles. */
    boolean covers(CorpusGold.Comparison g, FoundConflict f) {
        if (!g.role().equals(f.role())) {
            return false;
        }
        for (CorpusGold.ComparedValue v : g.values()) {
            boolean present = f.values().stream().anyMatch(fv -> fv.articles().stream().anyMatch(v.articles()::contains)
                    && fv.values().stream().anyMatch(x -> values.agrees(g.role(), v.value(), x)));
            if (!present) {
                return false;
            }
        }
        return true;
    }

    public Report report() {
        return new Report(byRole, roles, events, partiesFound, parties, conflicts, conflictsByEvent, nonConflictsFlagged, asTransfers,
                modalityAgree, matched, notes);
    }

    static String describe(PredictedEvent p) {
        StringBuilder b = new StringBuilder(p.kind()).append(' ');
        p.roles().forEach((r, vs) -> b.append(r).append('=').append(texts(vs)).append("; "));
        return b.toString().strip();
    }

    private static String texts(Collection<PredictedEvent.Value> vs) {
        return vs.stream().map(PredictedEvent.Value::text).toList().toString();
    }
}
