package dossier.sanctions.export;

import java.util.List;

/**
 * A readable report as a list of blocks, so that the Markdown and the PDF export say the same
 * things: {@link CaseFileReport} decides the content, the writers only the form.
 */
public record Report(List<Block> blocks) {

    /** How a run of text is shown. */
    public enum Style {
        /** Text from the data (titles, quotes): Markdown escapes it. */
        TEXT,
        /** Emphasised text from the data. */
        BOLD,
        /** Text the report makes itself (ids, enum names, source references like [S1]): shown as is. */
        RAW,
        /** A web address. */
        LINK
    }

    public record Run(String text, Style style) {
        public static Run text(String s) {
            return new Run(s, Style.TEXT);
        }

        public static Run bold(String s) {
            return new Run(s, Style.BOLD);
        }

        public static Run raw(String s) {
            return new Run(s, Style.RAW);
        }
    }

    public sealed interface Block permits Heading, Paragraph, Item, Table, Warning {
    }

    public record Heading(int level, List<Run> runs) implements Block {
        public Heading(int level, String text) {
            this(level, List.of(Run.text(text)));
        }
    }

    public record Paragraph(List<Run> runs) implements Block {
    }

    /** A list item at some depth (0 = top); marker is "-" or a number like "1.". */
    public record Item(int depth, String marker, List<Run> runs) implements Block {
    }

    public record Table(List<String> header, List<List<String>> rows) implements Block {
    }

    public record Warning(String text) implements Block {
    }
}
