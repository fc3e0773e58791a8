package dossier.sanctions.rules;

import java.util.List;
import java.util.Map;

/**
 * rules/evidence-weights.json: the one place where evidence is weighed (modality, who asserts,
 * independent lines, hedges, denials, conflicts) and which asserters establish an event first-hand.
 */
public record EvidenceWeights(String about, Map<String, Double> modality, List<Asserter> asserters, double perExtraLine,
                              double maxLinesBonus, double perHedge, double maxHedgePenalty, double denied, double conflict,
                              double floor, double ceiling) {

    public record Asserter(String kind, String label, double bonus, boolean establishes, List<String> words) {
    }

    public static EvidenceWeights standard() {
        EvidenceWeights w = RulesData.read("rules/evidence-weights.json", EvidenceWeights.class);
        for (String m : List.of("asserted", "reported", "speculative", "alleged", "denied", "unspecified")) {
            if (!w.modality().containsKey(m)) {
                throw new IllegalStateException("rules/evidence-weights.json: no weight for modality '" + m + "'");
            }
        }
        w.asserter("official");
        w.asserter("press");
        return w;
    }

    public Asserter asserter(String kind) {
        return asserters.stream().filter(a -> a.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalStateException("rules/evidence-weights.json: no asserter kind '" + kind + "'"));
    }
}
