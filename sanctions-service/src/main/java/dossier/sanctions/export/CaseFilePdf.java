package dossier.sanctions.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import dossier.sanctions.export.Report.Block;
import dossier.sanctions.export.Report.Heading;
import dossier.sanctions.export.Report.Item;
import dossier.sanctions.export.Report.Run;
import dossier.sanctions.export.Report.Table;
import dossier.sanctions.export.Report.Warning;
import dossier.sanctions.v1.CaseFile;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The report of a case file ({@link CaseFileReport}) as PDF (OpenPDF). Names and quotes may be in
 * any script, so a Unicode font (DejaVu Sans) is embedded when the machine has it; otherwise the
 * built-in Helvetica is used and characters it lacks are shown as "?".
 */
public final class CaseFilePdf {
    private static final List<String> UNICODE_FONT_DIRS = List.of("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/TTF");
    private static final float[] HEADING_SIZES = {18, 15, 13, 11};
    private static final Color LINK_COLOR = new Color(0x1a, 0x4f, 0x9c);

    private final BaseFont regular;
    private final BaseFont bold;

    private CaseFilePdf(BaseFont regular, BaseFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    public static byte[] render(CaseFile file) {
        return fonts().write(CaseFileReport.of(file), file.getCase().getTitle());
    }

    private static CaseFilePdf fonts() {
        try {
            for (String dir : UNICODE_FONT_DIRS) {
                Path r = Path.of(dir, "DejaVuSans.ttf");
                Path b = Path.of(dir, "DejaVuSans-Bold.ttf");
                if (Files.isReadable(r) && Files.isReadable(b)) {
                    return new CaseFilePdf(BaseFont.createFont(r.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED),
                            BaseFont.createFont(b.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
                }
            }
            return new CaseFilePdf(BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED),
                    BaseFont.createFont(BaseFont.HELVETICA_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED));
        } catch (IOException e) {
            throw new UncheckedIOException("no font for the PDF report", e);
        }
    }

    private byte[] write(Report report, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
        try {
            PdfWriter.getInstance(doc, out);
            doc.addTitle(title);
            doc.addCreator("Dossier sanctions-service");
            doc.open();
            for (Block b : report.blocks()) {
                doc.add(element(b));
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF report could not be written", e);
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }

    private com.lowagie.text.Element element(Block block) {
        return switch (block) {
            case Heading h -> {
                Paragraph p = paragraph(h.runs(), HEADING_SIZES[Math.min(h.level(), HEADING_SIZES.length) - 1], true);
                p.setSpacingBefore(h.level() <= 2 ? 12 : 8);
                p.setSpacingAfter(4);
                yield p;
            }
            case Report.Paragraph p -> {
                Paragraph out = paragraph(p.runs(), 10, false);
                out.setSpacingAfter(6);
                yield out;
            }
            case Item i -> {
                Paragraph p = new Paragraph();
                p.add(new Chunk((i.marker().equals("-") ? "•" : i.marker()) + " ", font(10, false)));
                p.addAll(paragraph(i.runs(), 10, false));
                p.setIndentationLeft(14 * (i.depth() + 1));
                p.setFirstLineIndent(-10);
                p.setSpacingAfter(2);
                yield p;
            }
            case Warning w -> {
                Paragraph p = paragraph(List.of(Run.bold("Warning: "), Run.text(w.text())), 10, false);
                p.setSpacingAfter(6);
                yield p;
            }
            case Table t -> table(t);
        };
    }

    private Paragraph paragraph(List<Run> runs, float size, boolean allBold) {
        Paragraph p = new Paragraph();
        p.setLeading(size * 1.3f);
        for (Run r : runs) {
            Font f = font(size, allBold || r.style() == Report.Style.BOLD);
            Chunk c = new Chunk(printable(r.text(), f.getBaseFont()), f);
            if (r.style() == Report.Style.LINK) {
                f.setColor(LINK_COLOR);
                c.setAnchor(r.text());
            }
            p.add(c);
        }
        return p;
    }

    private PdfPTable table(Table t) {
        PdfPTable table = new PdfPTable(t.header().size());
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        table.setSpacingAfter(8);
        t.header().forEach(h -> table.addCell(cell(h, true)));
        t.rows().forEach(row -> row.forEach(c -> table.addCell(cell(c.isBlank() ? "—" : c, false))));
        return table;
    }

    private PdfPCell cell(String text, boolean header) {
        Font f = font(9, header);
        PdfPCell c = new PdfPCell(new Phrase(printable(text, f.getBaseFont()), f));
        c.setPadding(4);
        if (header) {
            c.setBackgroundColor(new Color(0xee, 0xee, 0xee));
        }
        return c;
    }

    private Font font(float size, boolean isBold) {
        return new Font(isBold ? bold : regular, size);
    }

    /** Characters the font lacks would vanish silently: they are shown as "?" instead. */
    private static String printable(String s, BaseFont font) {
        StringBuilder out = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n' || font.charExists(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }
}
