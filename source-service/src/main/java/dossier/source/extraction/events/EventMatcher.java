package dossier.source.extraction.events;

import static dossier.source.domain.ModelNames.SPEAKER;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;

/**
 * Runs the event patterns over one sentence's dependency graph and gathers, per trigger word, the
 * roles all its patterns filled (the first pattern to fill a role keeps it) and its stance.
 */
public final class EventMatcher {

    private final EventPatterns patterns;

    public EventMatcher(EventPatterns patterns) {
        this.patterns = patterns;
    }

    /** Frames in order of their trigger; token indexes are 0-based (graph index - 1). */
    public List<EventFrame> match(SemanticGraph graph) {
        Map<Integer, String> kinds = new LinkedHashMap<>();
        Map<Integer, Map<String, Integer>> roles = new LinkedHashMap<>();
        Set<String> lemmas = new HashSet<>();
        for (IndexedWord w : graph.vertexSet()) {
            if (w.lemma() != null) {
                lemmas.add(w.lemma());
            }
        }
        Map<Pattern, Boolean> anchored = new HashMap<>();
        for (EventPatterns.KindPattern p : patterns.patterns()) {
            // skipped where it cannot match: no word it could take as its event, or (adding roles) no event of its kind yet
            if (!p.canMatch(lemmas, anchored) || p.adds() && !kinds.containsValue(p.kind())) {
                continue;
            }
            SemgrexMatcher m = p.pattern().matcher(graph);
            while (m.find()) {
                int trigger = m.getNode(EventPatterns.EVENT).index() - 1;
                if (p.adds() && !kinds.containsKey(trigger)) {
                    continue; // adds roles to an event found before, never finds one
                }
                String kind = kinds.computeIfAbsent(trigger, t -> p.kind());
                if (!kind.equals(p.kind())) {
                    continue; // the trigger word was claimed by an earlier kind file
                }
                Map<String, Integer> filled = roles.computeIfAbsent(trigger, t -> new LinkedHashMap<>());
                for (String role : p.roles()) {
                    IndexedWord w = m.getNode(role);
                    if (w != null && w.index() - 1 != trigger) {
                        filled.putIfAbsent(role, w.index() - 1);
                    }
                }
            }
        }
        List<EventFrame> out = new ArrayList<>();
        Map<String, Map<Integer, Integer>> readings = new HashMap<>();
        kinds.keySet().stream().sorted().forEach(t -> {
            int[] speaker = {-1};
            EventFrame.Stance stance = stance(graph, t, speaker, readings);
            // the roles in the order the patterns filled them, the same on every run (Map.copyOf's is not)
            out.add(new EventFrame(kinds.get(t), t, Collections.unmodifiableMap(roles.get(t)), stance, speaker[0]));
        });
        return out;
    }

    private EventFrame.Stance stance(SemanticGraph graph, int trigger, int[] speaker, Map<String, Map<Integer, Integer>> readings) {
        if (matches(graph, "prohibited", trigger, null, readings)) {
            return EventFrame.Stance.PROHIBITED;
        }
        if (matches(graph, "denied", trigger, speaker, readings)) {
            return EventFrame.Stance.DENIED;
        }
        if (matches(graph, "negated", trigger, null, readings)) {
            matches(graph, "reported", trigger, speaker, readings); // "Daimler said it had not delivered": Daimler denies it
            return EventFrame.Stance.DENIED;
        }
        if (matches(graph, "alleged", trigger, null, readings)) {
            return EventFrame.Stance.ALLEGED;
        }
        return matches(graph, "speculative", trigger, null, readings) ? EventFrame.Stance.SPECULATIVE : EventFrame.Stance.ASSERTED;
    }

    /**
     * Whether a pattern of the reading matches with {@code trigger} as its event; the speaker of the
     * first such match (in pattern order, then match order), where it names one, goes to
     * {@code speaker}. The graph is matched once per reading, for all its triggers ({@code readings}).
     */
    private boolean matches(SemanticGraph graph, String reading, int trigger, int[] speaker,
            Map<String, Map<Integer, Integer>> readings) {
        Map<Integer, Integer> found = readings.computeIfAbsent(reading, r -> {
            Map<Integer, Integer> first = new HashMap<>();
            for (SemgrexPattern p : patterns.stance(r)) {
                SemgrexMatcher m = p.matcher(graph);
                while (m.find()) {
                    IndexedWord s = m.getNode(SPEAKER);
                    int event = m.getNode(EventPatterns.EVENT).index() - 1;
                    if (!first.containsKey(event)) {
                        first.put(event, s == null ? null : s.index() - 1);
                    }
                }
            }
            return first;
        });
        if (!found.containsKey(trigger)) {
            return false;
        }
        Integer s = found.get(trigger);
        if (speaker != null && s != null) {
            speaker[0] = s;
        }
        return true;
    }
}
