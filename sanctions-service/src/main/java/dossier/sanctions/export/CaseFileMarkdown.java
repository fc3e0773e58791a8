package dossier.sanctions.export;

import dossier.sanctions.export.Report.Block;
import dossier.sanctions.export.Report.Heading;
import dossier.sanctions.export.Report.Item;
import dossier.sanctions.export.Report.Paragraph;
import dossier.sanctions.export.Report.Run;
import dossier.sanctions.export.Report.Table;
import dossier.sanctions.export.Report.Warning;
import dossier.sanctions.v1.CaseFile;

import java.util.List;
import java.util.stream.Collectors;

/** The report of a case file ({@link CaseFileReport}) as Markdown; text from the data cannot inject markup. */
public final class CaseFileMarkdown {

    private CaseFileMarkdown() {
    }

    public static String render(CaseFile file) {
        return write(CaseFileReport.of(file));
    }

    static String write(Report report) {
        StringBuilder md = new StringBuilder();
        boolean inList = false;
        for (Block b : report.blocks()) {
            if (inList && !(b instanceof Item)) {
                md.append('\n');
            }
            inList = b instanceof Item;
            switch (b) {
                case Heading h -> md.append("#".repeat(h.level())).append(' ').append(runs(h.runs())).append("\n\n");
                case Paragraph p -> md.append(runs(p.runs())).append("\n\n");
                case Item i -> md.append("  ".repeat(i.depth())).append(i.marker()).append(' ').append(runs(i.runs())).append('\n');
                case Warning w -> md.append("> **Warning:** ").append(text(w.text())).append("\n\n");
                case Table t -> {
                    md.append(row(t.header())).append('|').append("---|".repeat(t.header().size())).append('\n');
                    t.rows().forEach(r -> md.append(row(r)));
                    md.append('\n');
                }
            }
        }
        if (inList) {
            md.append('\n');
        }
        return md.toString();
    }

    private static String runs(List<Run> runs) {
        return runs.stream().map(r -> switch (r.style()) {
            case TEXT -> text(r.text());
            case BOLD -> "**" + text(r.text()) + "**";
            case RAW -> r.text();
            case LINK -> "<" + r.text().replaceAll("[<>\\s]", "") + ">";
        }).collect(Collectors.joining());
    }

    private static String row(List<String> cells) {
        return cells.stream().map(c -> text(c.isBlank() ? "—" : c)).collect(Collectors.joining(" | ", "| ", " |\n"));
    }

    /** Source text is data, not markup: characters Markdown would act on are escaped. */
    static String text(String s) {
        return s.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1").replace("\n", " ");
    }
}
