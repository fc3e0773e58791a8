package dossier.source.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.jsoup.Jsoup;

import dossier.source.parsing.MarkupConverter;

/**
 * Coverage-guided fuzzing of the HTML conversion (Jazzer): any input gives text, never an
 * exception, and the body of a script element never reaches the text. Fuzzes in {@code mvn verify} (the
 * {@code fuzz-html} execution); as a plain test it replays {@code HtmlFuzzTestInputs}.
 */
class HtmlFuzzTest {

    private static final String MARKER = "zqxscriptbodyzqx";

    private final MarkupConverter markup = new MarkupConverter();

    @FuzzTest(maxDuration = "25s")
    @DictionaryEntries({"<p>", "</p>", "<div>", "<blockquote>", "<li>", "<td>", "<h1>", "<script>", "</script>", "<style>", "<title>", "<!--", "-->", "&amp;", "<template>"})
    void htmlGivesTextWithoutScripts(byte[] bytes) {
        String input = new String(bytes, StandardCharsets.UTF_8);
        String before = input.substring(0, input.length() / 2);
        String after = input.substring(input.length() / 2);
        String html = before + "<script>" + MARKER + "</script>" + after;
        String text = markup.toPlainText(html, "text/html");
        assertThat(text).isNotNull();
        // when the marker is the body of a real script element (not the text of an unclosed
        // <title> or <textarea> it fell into) it must not reach the text
        boolean once = html.indexOf(MARKER) == html.lastIndexOf(MARKER);
        boolean inScript = Jsoup.parse(html).select("script").stream().anyMatch(e -> e.data().equals(MARKER));
        if (once && inScript) {
            assertThat(text).doesNotContain(MARKER);
        }
    }
}
