package dossier.source.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dossier.source.comparison.ClaimComparator;
import dossier.source.comparison.ComparisonResult;
import dossier.source.domain.Claim;
import dossier.source.extraction.Lexicon;
import dossier.source.support.Fixtures;

/**
 * Runs the extraction pipeline (parser, OpenNLP, the test gazetteer standing in for entity-service,
 * claim rules) on the articles of a gold file and scores it with {@link GoldMatcher}, then compares
 * the claims of the articles of each case and scores the conflicts, refinements and
 * corroborations found.
 */
public final class ClaimsEvaluation {

    /** Counts of one claim type (or of all). */
    public static final class Score {
        int truePositives;
        int falsePositives;
        int missed;

        public double precision() {
            int d = truePositives + falsePositives;
            return d == 0 ? 1.0 : (double) truePositives / d;
        }

        public double recall() {
            int d = truePositives + missed;
            return d == 0 ? 1.0 : (double) truePositives / d;
        }

        @Override
        public String toString() {
            return String.format("P=%.2f R=%.2f (tp=%d fp=%d fn=%d)", precision(), recall(), truePositives, falsePositives, missed);
        }
    }

    public record Report(String name, Map<String, Score> byType, Score overall, List<GoldMatcher.Outcome> outcomes,
                         int modalityAgree, int timeAgree, int timeLabelled, Score conflicts, Score comparisons,
                         List<String> comparisonNotes) {
    }

    public static Report run(String goldResource) {
        GoldSet gold = GoldSet.load(goldResource);
        GoldMatcher matcher = new GoldMatcher();
        Map<String, Score> byType = new TreeMap<>();
        Score overall = new Score();
        List<GoldMatcher.Outcome> outcomes = new ArrayList<>();
        Map<String, List<Claim>> byCase = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        int modality = 0;
        int time = 0;
        int timed = 0;
        for (GoldSet.Article a : gold.articles()) {
            Fixtures.Result r = Fixtures.run(Fixtures.read(a.resource()), a.outlet(), a.published());
            GoldMatcher.Outcome o = matcher.match(a.id(), r.article().text(), a.claims(), r.claims());
            outcomes.add(o);
            for (GoldMatcher.Pair p : o.matched()) {
                if (!p.gold().optional()) {
                    tally(byType, overall, p.gold().type(), x -> x.truePositives++);
                    modality += p.claim().modality().name().equals(p.gold().modality()) ? 1 : 0;
                    if (p.gold().time() != null) {
                        timed++;
                        time += GoldMatcher.timeFits(p.gold().time(), p.claim().time()) ? 1 : 0;
                    }
                }
            }
            o.missed().forEach(g -> tally(byType, overall, g.type(), x -> x.missed++));
            o.falsePositives().forEach(c -> tally(byType, overall, c.type().name(), x -> x.falsePositives++));
            int n = 0;
            for (Claim c : r.claims()) {
                byCase.computeIfAbsent(a.caseKey(), k -> new ArrayList<>()).add(c.withIds(a.id() + "#" + n++, a.caseKey(), a.id()));
            }
            labels.put(a.id(), a.outlet());
        }
        List<ComparisonResult.Conflict> conflictsFound = new ArrayList<>();
        List<ComparisonResult.Corroboration> corroborationsFound = new ArrayList<>();
        byCase.forEach((caseId, claims) -> {
            ComparisonResult r = new ClaimComparator(Lexicon.english()).compare(caseId, claims, labels);
            conflictsFound.addAll(r.conflicts());
            corroborationsFound.addAll(r.corroborations());
        });
        ComparisonResult compared = new ComparisonResult(conflictsFound, corroborationsFound);
        List<String> notes = new ArrayList<>();
        Score conflicts = scoreConflicts(gold.comparisons(), compared, notes);
        Score comparisons = scoreCorroborations(gold.comparisons(), compared, notes);
        return new Report(goldResource, byType, overall, outcomes, modality, time, timed, conflicts, comparisons, notes);
    }

    /** Applies one increment to the type's score and to the overall one. */
    private static void tally(Map<String, Score> byType, Score overall, String type, java.util.function.Consumer<Score> inc) {
        inc.accept(byType.computeIfAbsent(type, k -> new Score()));
        inc.accept(overall);
    }

    private static Score scoreConflicts(List<GoldSet.Comparison> gold, ComparisonResult found, List<String> notes) {
        Score s = new Score();
        List<GoldSet.Comparison> wanted = gold.stream().filter(g -> g.kind().equals("CONFLICT")).toList();
        Map<GoldSet.Comparison, Boolean> hit = new HashMap<>();
        for (ComparisonResult.Conflict c : found.conflicts()) {
            var g = wanted.stream().filter(w -> covers(w, c.values())).findFirst();
            if (g.isPresent()) {
                hit.put(g.get(), true);
            } else {
                s.falsePositives++;
                notes.add("conflict FP: " + c.description());
            }
        }
        for (GoldSet.Comparison w : wanted) {
            if (hit.containsKey(w)) {
                s.truePositives++;
            } else {
                s.missed++;
                notes.add("conflict missed: " + w.about());
            }
        }
        return s;
    }

    /** Refinements and corroborations: recall over the gold ones; precision over corroborations with refinements. */
    private static Score scoreCorroborations(List<GoldSet.Comparison> gold, ComparisonResult found, List<String> notes) {
        Score s = new Score();
        List<GoldSet.Comparison> wanted = gold.stream().filter(g -> !g.kind().equals("CONFLICT")).toList();
        for (GoldSet.Comparison w : wanted) {
            boolean ok = found.corroborations().stream().anyMatch(c -> covers(w, withRefinements(c)));
            if (ok) {
                s.truePositives++;
            } else {
                s.missed++;
                notes.add(w.kind().toLowerCase() + " missed: " + w.about());
            }
        }
        for (ComparisonResult.Corroboration c : found.corroborations()) {
            if (!c.refinements().isEmpty() && wanted.stream().noneMatch(w -> covers(w, withRefinements(c)))) {
                s.falsePositives++;
                notes.add("refinement not in gold: " + c.description());
            }
        }
        return s;
    }

    private static List<ComparisonResult.SlotValue> withRefinements(ComparisonResult.Corroboration c) {
        List<ComparisonResult.SlotValue> out = new ArrayList<>();
        out.add(c.value());
        for (String r : c.refinements()) {
            out.add(new ComparisonResult.SlotValue(r, List.of(), c.value().sourceIds(), 0));
        }
        return out;
    }

    /** Every gold value is among the found values, from one of the gold articles. */
    private static boolean covers(GoldSet.Comparison w, List<ComparisonResult.SlotValue> values) {
        for (GoldSet.ComparedValue v : w.values()) {
            List<String> articles = List.of(v.article().split("\\|"));
            boolean present = values.stream().anyMatch(sv -> sv.sourceIds().stream().anyMatch(articles::contains)
                    && List.of(v.value().split("\\|")).stream().anyMatch(alt -> GoldMatcher.fold(sv.value()).contains(alt)));
            if (!present) {
                return false;
            }
        }
        return true;
    }

    private ClaimsEvaluation() {
    }
}
