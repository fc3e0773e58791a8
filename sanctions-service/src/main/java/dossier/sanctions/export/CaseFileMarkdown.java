package dossier.sanctions.export;

import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.Citation;
import dossier.sanctions.v1.Incident;
import dossier.sanctions.v1.Party;
import dossier.sanctions.v1.ReasoningStep;
import dossier.sanctions.v1.ScreeningHit;
import dossier.sanctions.v1.Verdict;
import dossier.sanctions.v1.VerdictChange;
import dossier.source.v1.Claim;
import dossier.source.v1.Conflict;
import dossier.source.v1.SlotValue;
import dossier.source.v1.Source;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The case file as a readable report: verdicts with their citations and reasoning down to the
 * quoted sentences, parties and list hits, conflicts, sources and claims. Every piece of evidence
 * names its source, and the sources are listed with outlet, date and url at the end.
 */
public final class CaseFileMarkdown {

    private CaseFileMarkdown() {
    }

    public static String render(CaseFile file) {
        StringBuilder md = new StringBuilder();
        var c = file.getCase();
        md.append("# ").append(text(c.getTitle())).append("\n\n");
        md.append("Status: ").append(c.getStatus()).append(" · Analyst: ").append(orDash(c.getAssignedAnalyst()))
                .append(" · Created: ").append(orDash(c.getCreatedAt())).append(" · Last evaluated: ")
                .append(orDash(c.getEvaluatedAt())).append("\n\n");
        if (!c.getDescription().isBlank()) {
            md.append(text(c.getDescription())).append("\n\n");
        }
        file.getWarningsList().forEach(w -> md.append("> **Warning:** ").append(text(w)).append("\n\n"));

        Map<String, Source> sources = file.getSourcesList().stream().collect(Collectors.toMap(Source::getId, Function.identity(), (a, b) -> a));
        List<String> sourceOrder = file.getSourcesList().stream().map(Source::getId).toList();

        md.append("## Verdicts\n\n");
        if (file.getVerdictsCount() == 0) {
            md.append("No verdicts yet.\n\n");
        }
        for (Incident incident : file.getIncidentsList()) {
            md.append("### ").append(text(incident.getSummary())).append("\n\n");
            md.append("Item: ").append(text(orDash(incident.getItem()))).append(" (")
                    .append(orDash(incident.getItemClassification())).append("; HS ")
                    .append(orDash(String.join(", ", incident.getHsHeadingsList()))).append(") · Date: ")
                    .append(orDash(incident.getDate())).append("\n\n");
            file.getVerdictsList().stream().filter(v -> v.getIncidentId().equals(incident.getId()))
                    .sorted(Comparator.comparingInt(v -> v.getOutcome().getNumber()))
                    .forEach(v -> verdict(md, v, sourceOrder));
        }

        md.append("## Parties\n\n| party | roles | countries | list hits |\n|---|---|---|---|\n");
        for (Party p : file.getPartiesList()) {
            md.append("| ").append(cell(p.getName())).append(" | ").append(cell(String.join(", ", p.getRolesList())))
                    .append(" | ").append(cell(String.join(", ", p.getCountriesList()))).append(" | ")
                    .append(cell(p.getHitsList().stream().filter(ScreeningHit::getPassesThreshold).map(CaseFileMarkdown::hit)
                            .collect(Collectors.joining("; ")))).append(" |\n");
        }
        md.append('\n');

        md.append("## Conflicts between the sources\n\n");
        if (file.getConflictsCount() == 0) {
            md.append("None found.\n\n");
        }
        for (Conflict conflict : file.getConflictsList()) {
            md.append("- ").append(text(conflict.getDescription())).append('\n');
            for (SlotValue value : conflict.getValuesList()) {
                md.append("  - \"").append(text(value.getValue())).append("\": ")
                        .append(value.getSourceIdsList().stream().map(id -> sourceRef(id, sourceOrder)).collect(Collectors.joining(", ")))
                        .append(" (").append(value.getIndependentLines()).append(" independent line(s))\n");
            }
        }
        md.append('\n');

        if (file.getHistoryCount() > 0) {
            md.append("## History of the verdicts\n\n");
            for (VerdictChange h : file.getHistoryList()) {
                md.append("- ").append(h.getChangedAt()).append(" ").append(h.getMeasureId()).append(": ")
                        .append(h.getOldOutcome()).append(" → ").append(h.getNewOutcome()).append(" (")
                        .append(text(h.getReason())).append(")\n");
            }
            md.append('\n');
        }

        md.append("## Claims\n\n");
        for (Claim claim : file.getClaimsList()) {
            md.append("- ").append(sourceRef(claim.getSourceId(), sourceOrder)).append(" ").append(claim.getType())
                    .append(", ").append(claim.getModality()).append(": ").append(text(claim.getSummary())).append('\n');
        }
        md.append('\n');

        md.append("## Sources\n\n");
        for (int i = 0; i < sourceOrder.size(); i++) {
            Source s = sources.get(sourceOrder.get(i));
            md.append(i + 1).append(". ").append(text(s.getTitle())).append(" — ").append(text(orDash(s.getOutlet())))
                    .append(", ").append(orDash(s.getPublishedDate()));
            if (!s.getUrl().isBlank()) {
                md.append(", <").append(s.getUrl()).append('>');
            }
            md.append(" (id ").append(s.getId()).append(", sha256 ").append(s.getContentHash()).append(")\n");
        }
        return md.toString();
    }

    private static void verdict(StringBuilder md, Verdict v, List<String> sourceOrder) {
        md.append("#### ").append(text(v.getMeasureTitle())).append(" — **").append(v.getOutcome()).append("** (confidence ")
                .append(Math.round(v.getConfidence() * 100)).append(" %, ").append(v.getMeasureId()).append(", ")
                .append(v.getRegime()).append(")\n\n");
        for (Citation c : v.getCitationsList()) {
            md.append("- ").append(text(c.getInstrument() + " " + c.getProvision()))
                    .append(c.getSummary().isBlank() ? "" : ": " + text(c.getSummary())).append('\n');
        }
        md.append('\n').append(text(v.getSummary())).append("\n\n");
        for (ReasoningStep step : v.getReasoningList()) {
            md.append("- **").append(step.getElement()).append("** ").append(step.getStatus()).append(": ")
                    .append(text(step.getExplanation())).append('\n');
            // the same sentence may back an element through several claims: quote it once
            step.getEvidenceList().stream()
                    .map(e -> sourceRef(e.getSourceId(), sourceOrder) + " \"" + text(e.getSpan().getText()) + "\"")
                    .distinct()
                    .forEach(line -> md.append("  - ").append(line).append('\n'));
        }
        md.append('\n');
    }

    private static String hit(ScreeningHit h) {
        return h.getList() + " " + h.getProgram() + " " + h.getReference() + " \"" + h.getName() + "\" "
                + Math.round(h.getScore() * 100) + " %";
    }

    /** [S1], [S2] ...: the numbers of the source list at the end of the report. */
    private static String sourceRef(String sourceId, List<String> order) {
        int i = order.indexOf(sourceId);
        return i < 0 ? "[source " + sourceId + "]" : "[S" + (i + 1) + "]";
    }

    /** Source text is data, not markup: characters Markdown would act on are escaped. */
    static String text(String s) {
        return s.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1").replace("\n", " ");
    }

    private static String cell(String s) {
        return text(s.isBlank() ? "—" : s);
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
