package dossier.deploy.cli;

import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.Citation;
import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.Party;
import dossier.sanctions.v1.ScreeningHit;
import dossier.sanctions.v1.Verdict;
import dossier.source.v1.Conflict;
import dossier.source.v1.SlotValue;

import java.io.PrintStream;
import java.util.stream.Collectors;

/** A terminal summary of a case file. */
public final class CaseFilePrinter {

    private CaseFilePrinter() {
    }

    /**
     * The outcome as it reads for the measure's nature: an exposure (a listing, a US secondary
     * authority) is a risk for the parties, never a breach by them (Verdict.nature).
     */
    static String outcome(Verdict v) {
        if (!"exposure".equals(v.getNature())) {
            return v.getOutcome().name();
        }
        return switch (v.getOutcome()) {
            case VIOLATION -> "EXPOSURE_ESTABLISHED";
            case LIKELY_VIOLATION -> "EXPOSURE_LIKELY";
            case POSSIBLE_VIOLATION -> "EXPOSURE_POSSIBLE";
            case NO_VIOLATION -> "NO_EXPOSURE";
            default -> v.getOutcome().name();
        };
    }

    public static void print(CaseFile file, PrintStream out) {
        out.println();
        out.println("Case: " + file.getCase().getTitle() + "  [" + file.getCase().getStatus() + "]");
        file.getWarningsList().forEach(w -> out.println("  ! " + w));
        out.println();
        out.println("Verdicts that engage a measure:");
        for (Verdict v : file.getVerdictsList()) {
            if (v.getOutcome() == Outcome.NOT_APPLICABLE) {
                continue;
            }
            out.printf("  %-22s %-18s %.2f  %s%n", outcome(v), v.getMeasureId(), v.getConfidence(),
                    v.getCitationsList().stream().map(CaseFilePrinter::cite).collect(Collectors.joining("; ")));
        }
        out.println();
        out.println("Parties:");
        for (Party p : file.getPartiesList()) {
            out.printf("  %-24s %-30s %s%n", p.getName(), String.join(", ", p.getRolesList()),
                    p.getHitsList().stream().filter(ScreeningHit::getPassesThreshold)
                            .map(h -> h.getList() + " " + h.getProgram() + " \"" + h.getName() + "\" " + String.format("%.2f", h.getScore()))
                            .collect(Collectors.joining("; ")));
        }
        out.println();
        out.println("Conflicts:");
        for (Conflict c : file.getConflictsList()) {
            out.println("  " + c.getDescription());
            for (SlotValue value : c.getValuesList()) {
                out.println("      \"" + value.getValue() + "\" (" + value.getSourceIdsCount() + " source(s))");
            }
        }
        out.println();
        out.println("Sources: " + file.getSourcesCount() + ", claims: " + file.getClaimsCount());
    }

    private static String cite(Citation c) {
        return c.getInstrument() + " " + c.getProvision();
    }
}
