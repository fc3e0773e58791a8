package dossier.sanctions.export;

import dossier.sanctions.export.Report.Block;
import dossier.sanctions.export.Report.Heading;
import dossier.sanctions.export.Report.Item;
import dossier.sanctions.export.Report.Paragraph;
import dossier.sanctions.export.Report.Run;
import dossier.sanctions.export.Report.Style;
import dossier.sanctions.export.Report.Table;
import dossier.sanctions.export.Report.Warning;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.Citation;
import dossier.sanctions.v1.Incident;
import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.Party;
import dossier.sanctions.v1.ReasoningStep;
import dossier.sanctions.v1.ScreeningHit;
import dossier.sanctions.v1.Verdict;
import dossier.sanctions.v1.VerdictChange;
import dossier.source.v1.Claim;
import dossier.source.v1.Conflict;
import dossier.source.v1.SlotValue;
import dossier.source.v1.Source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the readable report of a case file says: verdicts (an analyst's override beside the computed
 * outcome) with their citations and reasoning down to the quoted sentences, parties and list hits
 * (dismissed ones marked with who and why), conflicts, the history of the verdicts, claims and
 * sources. Every piece of evidence names its source ([S1] ...), listed with outlet, date and url at the end.
 */
public final class CaseFileReport {
    private final CaseFile file;
    private final List<String> sourceOrder;
    private final List<Block> blocks = new ArrayList<>();

    private CaseFileReport(CaseFile file) {
        this.file = file;
        this.sourceOrder = file.getSourcesList().stream().map(Source::getId).distinct().toList();
    }

    public static Report of(CaseFile file) {
        CaseFileReport r = new CaseFileReport(file);
        r.header();
        r.verdicts();
        r.parties();
        r.conflicts();
        r.history();
        r.claims();
        r.sources();
        return new Report(List.copyOf(r.blocks));
    }

    private void header() {
        var c = file.getCase();
        blocks.add(new Heading(1, c.getTitle()));
        para(Run.raw("Status: " + c.getStatus() + " · Analyst: "), Run.text(orDash(c.getAssignedAnalyst())),
                Run.raw(" · Created: " + orDash(c.getCreatedAt()) + " · Last evaluated: " + orDash(c.getEvaluatedAt())));
        if (!c.getDescription().isBlank()) {
            para(Run.text(c.getDescription()));
        }
        file.getWarningsList().forEach(w -> blocks.add(new Warning(w)));
        if (!c.getNotes().isBlank()) {
            blocks.add(new Heading(2, "Notes"));
            c.getNotes().lines().filter(l -> !l.isBlank()).forEach(l -> para(Run.text(l)));
        }
    }

    /**
     * Every engaged measure of every regime in one table (UN, US, EU, Russia-related), with who is
     * exposed: a US or EU measure that does not bind the supplier still shows its exposures.
     */
    private void engaged() {
        List<List<String>> rows = new ArrayList<>();
        for (Verdict v : file.getVerdictsList()) {
            if (!v.getEngaged() && v.getExposuresCount() == 0) {
                continue;
            }
            String outcome = "exposure".equals(v.getNature()) ? "exposure: " + effective(v).name() : effective(v).name();
            rows.add(List.of(v.getRegime(), v.getMeasureId(), outcome,
                    v.getExposuresList().stream().map(x -> x.getParty() + " (" + x.getKind() + ")").collect(Collectors.joining("; "))));
        }
        if (rows.isEmpty()) {
            return;
        }
        blocks.add(new Heading(2, "Engaged measures"));
        blocks.add(new Table(List.of("regime", "measure", "outcome", "exposed"), rows));
    }

    private void verdicts() {
        engaged();
        blocks.add(new Heading(2, "Verdicts"));
        if (file.getVerdictsCount() == 0) {
            para(Run.raw("No verdicts yet."));
        }
        for (Incident incident : file.getIncidentsList()) {
            blocks.add(new Heading(3, incident.getSummary()));
            para(Run.raw("Item: "), Run.text(orDash(incident.getItem())), Run.raw(" (" + orDash(incident.getItemClassification())
                    + "; HS " + orDash(String.join(", ", incident.getHsHeadingsList())) + ") · Date: " + orDash(incident.getDate())));
            file.getVerdictsList().stream().filter(v -> v.getIncidentId().equals(incident.getId()))
                    .sorted(Comparator.comparingInt(v -> effective(v).getNumber()))
                    .forEach(this::verdict);
        }
    }

    private void verdict(Verdict v) {
        String computed = "confidence " + Math.round(v.getConfidence() * 100) + " %, " + v.getMeasureId() + ", " + v.getRegime();
        List<Run> title = new ArrayList<>(List.of(Run.text(v.getMeasureTitle()), Run.raw(" — "), Run.bold(effective(v).name())));
        if (v.hasOverride()) {
            title.add(Run.raw(" (analyst's override; computed: " + v.getOutcome() + ", " + computed + ")"));
        } else {
            title.add(Run.raw(" (" + computed + ")"));
        }
        blocks.add(new Heading(4, title));
        if (v.hasOverride()) {
            var o = v.getOverride();
            para(Run.raw("Overridden by "), Run.text(o.getAnalyst()), Run.raw(" on " + o.getOverriddenAt() + " to "),
                    Run.bold(o.getOutcome().name()), Run.raw(" (computed " + v.getOutcome() + "): "), Run.text(o.getJustification()));
        }
        for (Citation c : v.getCitationsList()) {
            item(0, Run.text(c.getInstrument() + " " + c.getProvision() + (c.getSummary().isBlank() ? "" : ": " + c.getSummary())));
        }
        para(Run.text(v.getSummary()));
        if (!v.getConfidenceBasis().isBlank()) {
            para(Run.bold("Why this confidence:"), Run.text(" " + v.getConfidenceBasis()));
        }
        if (!v.getBound().isBlank()) {
            para(Run.bold("Binds:"), Run.text(" " + v.getBound()));
        }
        for (var x : v.getExposuresList()) {
            item(0, Run.bold("Exposed:"), Run.text(" " + x.getParty() + " (" + x.getKind() + ") — " + x.getBasis()));
        }
        for (ReasoningStep step : v.getReasoningList()) {
            item(0, Run.bold(step.getElement()), Run.raw(" " + step.getStatus() + ": "), Run.text(step.getExplanation()));
            // the same sentence may back an element through several claims: quote it once
            step.getEvidenceList().stream()
                    .map(e -> List.of(Run.raw(sourceRef(e.getSourceId()) + " \""), Run.text(e.getSpan().getText()), Run.raw("\"")))
                    .distinct()
                    .forEach(runs -> blocks.add(new Item(1, "-", runs)));
            if (step.getEvidenceOmitted() > 0) {
                blocks.add(new Item(1, "-", List.of(Run.raw("and " + step.getEvidenceOmitted() + " more supporting claims (see Claims)"))));
            }
        }
    }

    private void parties() {
        blocks.add(new Heading(2, "Parties"));
        List<List<String>> rows = new ArrayList<>();
        for (Party p : file.getPartiesList()) {
            rows.add(List.of(p.getName(), String.join(", ", p.getRolesList()), String.join(", ", p.getCountriesList()),
                    p.getHitsList().stream().filter(ScreeningHit::getPassesThreshold).map(CaseFileReport::hit)
                            .collect(Collectors.joining("; "))));
        }
        blocks.add(new Table(List.of("party", "roles", "countries", "list hits"), rows));
    }

    private void conflicts() {
        blocks.add(new Heading(2, "Conflicts between the sources"));
        if (file.getConflictsCount() == 0) {
            para(Run.raw("None found."));
        }
        for (Conflict conflict : file.getConflictsList()) {
            item(0, Run.text(conflict.getDescription()));
            for (SlotValue value : conflict.getValuesList()) {
                blocks.add(new Item(1, "-", List.of(Run.raw("\""), Run.text(value.getValue()), Run.raw("\": "
                        + value.getSourceIdsList().stream().map(this::sourceRef).collect(Collectors.joining(", "))
                        + " (" + value.getIndependentLines() + " independent line(s))"))));
            }
        }
    }

    private void history() {
        if (file.getHistoryCount() == 0) {
            return;
        }
        blocks.add(new Heading(2, "History of the verdicts"));
        for (VerdictChange h : file.getHistoryList()) {
            item(0, Run.raw(h.getChangedAt() + " " + h.getMeasureId() + " "), Run.text(h.getMeasureTitle()),
                    Run.raw(": " + h.getOldOutcome() + " → " + h.getNewOutcome() + " by "), Run.text(h.getChangedBy()),
                    Run.raw(" ("), Run.text(h.getReason()), Run.raw(")"));
        }
    }

    private void claims() {
        blocks.add(new Heading(2, "Claims"));
        for (Claim claim : file.getClaimsList()) {
            item(0, Run.raw(sourceRef(claim.getSourceId()) + " " + claim.getType() + ", " + claim.getModality() + ": "),
                    Run.text(claim.getSummary()));
        }
    }

    private void sources() {
        blocks.add(new Heading(2, "Sources"));
        for (int i = 0; i < sourceOrder.size(); i++) {
            String id = sourceOrder.get(i);
            Source s = file.getSourcesList().stream().filter(x -> x.getId().equals(id)).findFirst().orElseThrow();
            List<Run> runs = new ArrayList<>(List.of(Run.text(s.getTitle()), Run.raw(" — "), Run.text(orDash(s.getOutlet())),
                    Run.raw(", " + orDash(s.getPublishedDate()))));
            if (!s.getUrl().isBlank()) {
                runs.add(Run.raw(", "));
                runs.add(new Run(s.getUrl(), Style.LINK));
            }
            runs.add(Run.raw(" (id " + s.getId() + ", sha256 " + s.getContentHash() + ")"));
            blocks.add(new Item(0, (i + 1) + ".", runs));
        }
    }

    private static String hit(ScreeningHit h) {
        String s = h.getList() + " " + h.getProgram() + " " + h.getReference() + " \"" + h.getName() + "\" "
                + Math.round(h.getScore() * 100) + " %";
        return h.hasDismissal() ? s + " (dismissed by " + h.getDismissal().getAnalyst() + " on " + h.getDismissal().getDismissedAt()
                + ": " + h.getDismissal().getReason() + ")" : s;
    }

    private static Outcome effective(Verdict v) {
        return v.hasOverride() ? v.getOverride().getOutcome() : v.getOutcome();
    }

    /** [S1], [S2] ...: the numbers of the source list at the end of the report. */
    private String sourceRef(String sourceId) {
        int i = sourceOrder.indexOf(sourceId);
        return i < 0 ? "[source " + sourceId + "]" : "[S" + (i + 1) + "]";
    }

    private void para(Run... runs) {
        blocks.add(new Paragraph(List.of(runs)));
    }

    private void item(int depth, Run... runs) {
        blocks.add(new Item(depth, "-", List.of(runs)));
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
