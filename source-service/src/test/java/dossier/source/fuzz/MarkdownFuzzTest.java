package dossier.source.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import dossier.source.parsing.MarkupConverter;

/**
 * Coverage-guided fuzzing of the Markdown conversion (Jazzer). In {@code mvn verify} it fuzzes for
 * a bounded time (the {@code fuzz-markdown} execution in the pom); as a plain test it replays the
 * seeds and past findings in {@code MarkdownFuzzTestInputs}.
 */
class MarkdownFuzzTest {

    private final MarkupConverter markup = new MarkupConverter();

    @FuzzTest(maxDuration = "25s")
    @DictionaryEntries({"[", "](", "![", ")", "**", "__", "`", "# ", "> ", "- ", "\\x0A", "   "})
    void markdownOnlyRemovesMarks(byte[] bytes) {
        String input = new String(bytes, StandardCharsets.UTF_8);
        String text = markup.toPlainText(input, "text/markdown");
        // marks are removed, nothing is added: the text never grows
        assertThat(text.length()).isLessThanOrEqualTo(input.length());
    }
}
