package dossier.source.extraction.events;

import static dossier.source.domain.ModelNames.SPEAKER;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        for (EventPatterns.KindPattern p : patterns.patterns()) {
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
        kinds.keySet().stream().sorted().forEach(t -> {
            int[] speaker = {-1};
            EventFrame.Stance stance = stance(graph, t, speaker);
            // the roles in the order the patterns filled them, the same on every run (Map.copyOf's is not)
            out.add(new EventFrame(kinds.get(t), t, Collections.unmodifiableMap(roles.get(t)), stance, speaker[0]));
        });
        return out;
    }

    private EventFrame.Stance stance(SemanticGraph graph, int trigger, int[] speaker) {
        if (matches(graph, "prohibited", trigger, null)) {
            return EventFrame.Stance.PROHIBITED;
        }
        if (matches(graph, "denied", trigger, speaker)) {
            return EventFrame.Stance.DENIED;
        }
        if (matches(graph, "negated", trigger, null)) {
            matches(graph, "reported", trigger, speaker); // "Daimler said it had not delivered": Daimler denies it
            return EventFrame.Stance.DENIED;
        }
        if (matches(graph, "alleged", trigger, null)) {
            return EventFrame.Stance.ALLEGED;
        }
        return matches(graph, "speculative", trigger, null) ? EventFrame.Stance.SPECULATIVE : EventFrame.Stance.ASSERTED;
    }

    private boolean matches(SemanticGraph graph, String reading, int trigger, int[] speaker) {
        for (SemgrexPattern p : patterns.stance(reading)) {
            SemgrexMatcher m = p.matcher(graph);
            while (m.find()) {
                if (m.getNode(EventPatterns.EVENT).index() - 1 == trigger) {
                    IndexedWord s = m.getNode(SPEAKER);
                    if (speaker != null && s != null) {
                        speaker[0] = s.index() - 1;
                    }
                    return true;
                }
            }
        }
        return false;
    }
}
