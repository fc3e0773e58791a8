package dossier.sanctions.rules;

import dossier.sanctions.domain.Outcome;
import dossier.sanctions.domain.Status;

import java.util.List;
import java.util.Map;

/**
 * rules/decision-table.json: the one documented table from element statuses and evidence to an
 * outcome and a confidence (first matching row decides). See MEASURES.md.
 */
public record DecisionTable(String about, List<Row> rows) {

    public record Row(String id, When when, Outcome outcome, Confidence confidence, String why) {
    }

    public record When(List<String> notMetAny, String incident, Integer unknownAtLeast, Boolean established, Boolean denied) {
    }

    public record Confidence(String from, Double factor, Double max) {
    }

    /** What a row is matched against. */
    public record Facts(Map<String, Status> elements, boolean alleged, boolean established, boolean denied) {
        long unknown() {
            return elements.values().stream().filter(s -> s == Status.UNKNOWN).count();
        }
    }

    public static DecisionTable standard() {
        DecisionTable t = RulesData.read("rules/decision-table.json", DecisionTable.class);
        if (t.rows() == null || t.rows().isEmpty()) {
            throw new IllegalStateException("rules/decision-table.json has no rows");
        }
        for (Row r : t.rows()) {
            if (r.id() == null || r.outcome() == null || r.confidence() == null || r.when() == null) {
                throw new IllegalStateException("rules/decision-table.json: row " + r.id() + " lacks id, when, outcome or confidence");
            }
            if (!"element".equals(r.confidence().from()) && !"evidence".equals(r.confidence().from())) {
                throw new IllegalStateException("rules/decision-table.json: row " + r.id() + " confidence.from must be element or evidence");
            }
            if (r.when().notMetAny() != null) {
                r.when().notMetAny().forEach(Elements::require);
            }
        }
        Row last = t.rows().get(t.rows().size() - 1);
        if (last.when().notMetAny() != null || last.when().incident() != null || last.when().unknownAtLeast() != null
                || last.when().established() != null || last.when().denied() != null) {
            throw new IllegalStateException("rules/decision-table.json: the last row must have no condition (it catches the rest)");
        }
        return t;
    }

    public Row decide(Facts f) {
        for (Row r : rows) {
            if (matches(r.when(), f)) {
                return r;
            }
        }
        throw new IllegalStateException("no row of the decision table matched");
    }

    private static boolean matches(When w, Facts f) {
        if (w.notMetAny() != null && w.notMetAny().stream().noneMatch(e -> f.elements().get(e) == Status.NOT_MET)) {
            return false;
        }
        if (w.incident() != null && ("alleged".equals(w.incident()) != f.alleged())) {
            return false;
        }
        if (w.unknownAtLeast() != null && f.unknown() < w.unknownAtLeast()) {
            return false;
        }
        if (w.established() != null && w.established() != f.established()) {
            return false;
        }
        return w.denied() == null || w.denied() == f.denied();
    }
}
