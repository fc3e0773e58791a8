package dossier.web.model;

import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.Incident;
import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.Party;
import dossier.sanctions.v1.ScreeningHit;
import dossier.sanctions.v1.Verdict;
import dossier.source.v1.Source;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the top of a case file shows at a glance: incidents × the measures they engage (the outcome
 * that counts, its confidence, whether an analyst overrode it), the parties with list hits, how
 * many conflicts are open and whether the verdicts are stale. Every cell carries the link to its detail.
 */
public record Overview(List<Row> rows, List<Column> columns, List<ListedParty> listedParties,
        int openConflicts, Staleness staleness, int measuresNotEngaged) {

    /** One incident. */
    public record Row(String incidentId, String label) {
    }

    /** One engaged measure. */
    public record Column(String measureId, String title, String regime) {
    }

    /** The verdict on one incident under one measure; empty when there is none. */
    public record Cell(Outcome outcome, double confidence, boolean overridden, Outcome computed, Target target, String nature) {
        public static final Cell NONE = new Cell(Outcome.OUTCOME_UNSPECIFIED, 0, false, Outcome.OUTCOME_UNSPECIFIED, null, "");

        /** The outcome that counts, as it reads for the measure's nature. */
        public Badge badge() {
            return Badges.outcome(outcome, nature);
        }

        public boolean present() {
            return target != null;
        }
    }

    /** A party hit on a list (dismissed hits and hits below the threshold do not count). */
    public record ListedParty(String entityId, String name, List<String> listings, Target target) {
    }

    /**
     * Sources stored after the last evaluation (their claims are not in the verdicts yet), and
     * whether the case was never evaluated.
     */
    public record Staleness(boolean neverEvaluated, List<String> staleSourceIds, Target target) {
        public boolean stale() {
            return neverEvaluated || !staleSourceIds.isEmpty();
        }
    }

    public static Overview of(CaseFile file) {
        Map<String, List<Verdict>> byMeasure = new LinkedHashMap<>();
        file.getVerdictsList().forEach(v -> byMeasure.computeIfAbsent(v.getMeasureId(), k -> new ArrayList<>()).add(v));
        // a measure is engaged when any verdict on it engages, computed or as the analyst decided
        List<Column> columns = new ArrayList<>();
        int notEngaged = 0;
        List<Map.Entry<String, List<Verdict>>> measures = new ArrayList<>(byMeasure.entrySet());
        measures.sort(Comparator.comparingInt(e -> mostSevere(e.getValue())));
        for (var e : measures) {
            if (e.getValue().stream().anyMatch(Overview::engages)) {
                Verdict first = e.getValue().get(0);
                columns.add(new Column(e.getKey(), first.getMeasureTitle(), first.getRegime()));
            } else {
                notEngaged++;
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Incident i : file.getIncidentsList()) {
            boolean any = file.getVerdictsList().stream().anyMatch(v -> v.getIncidentId().equals(i.getId()) && engages(v));
            if (any) {
                rows.add(new Row(i.getId(), i.getSummary().isBlank() ? "Incident " + i.getId() : i.getSummary()));
            }
        }
        // verdicts on an incident the file does not carry still get a row
        file.getVerdictsList().stream().filter(Overview::engages).map(Verdict::getIncidentId).distinct()
                .filter(id -> rows.stream().noneMatch(r -> r.incidentId().equals(id)))
                .forEach(id -> rows.add(new Row(id, "Incident " + id)));
        return new Overview(rows, columns, listedParties(file), file.getConflictsCount(), staleness(file), notEngaged);
    }

    /** The cell of an incident and a measure, linking to the verdict's card. */
    public Cell cell(CaseFile file, String incidentId, String measureId) {
        return file.getVerdictsList().stream()
                .filter(v -> v.getIncidentId().equals(incidentId) && v.getMeasureId().equals(measureId))
                .min(Comparator.comparingInt(v -> Badges.severity(Verdicts.effective(v))))
                .map(v -> new Cell(Verdicts.effective(v), v.getConfidence(), Verdicts.overridden(v), v.getOutcome(),
                        Target.verdict(v.getId()), v.getNature()))
                .orElse(Cell.NONE);
    }

    private static boolean engages(Verdict v) {
        return Badges.engages(v.getOutcome()) || Badges.engages(Verdicts.effective(v));
    }

    private static int mostSevere(List<Verdict> verdicts) {
        return verdicts.stream().mapToInt(v -> Badges.severity(Verdicts.effective(v))).min().orElse(99);
    }

    static List<ListedParty> listedParties(CaseFile file) {
        List<ListedParty> out = new ArrayList<>();
        for (Party p : file.getPartiesList()) {
            List<String> listings = activeHits(p).stream()
                    .map(h -> h.getList() + (h.getProgram().isBlank() ? "" : " · " + h.getProgram()))
                    .distinct().toList();
            if (!listings.isEmpty()) {
                out.add(new ListedParty(p.getEntityId(), p.getName(), listings, Target.party(p.getEntityId())));
            }
        }
        return out;
    }

    /** The hits that stand: above the threshold and not dismissed by an analyst. */
    public static List<ScreeningHit> activeHits(Party p) {
        return p.getHitsList().stream().filter(h -> h.getPassesThreshold() && !h.hasDismissal()).toList();
    }

    static Staleness staleness(CaseFile file) {
        String evaluated = file.getCase().getEvaluatedAt();
        if (evaluated.isBlank()) {
            String first = file.getSourcesCount() == 0 ? null : file.getSources(0).getId();
            return new Staleness(true, file.getSourcesList().stream().map(Source::getId).toList(),
                    first == null ? null : Target.source(first));
        }
        Optional<Instant> at = instant(evaluated);
        List<String> stale = new ArrayList<>();
        for (Source s : file.getSourcesList()) {
            Optional<Instant> ingested = instant(s.getIngestedAt());
            if (at.isPresent() && ingested.isPresent() && ingested.get().isAfter(at.get())) {
                stale.add(s.getId());
            }
        }
        return new Staleness(false, stale, stale.isEmpty() ? null : Target.source(stale.get(0)));
    }

    private static Optional<Instant> instant(String iso) {
        try {
            return iso == null || iso.isBlank() ? Optional.empty() : Optional.of(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
