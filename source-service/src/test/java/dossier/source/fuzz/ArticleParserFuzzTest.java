package dossier.source.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

import dossier.source.parsing.ArticleParser;
import dossier.source.parsing.ParsedArticle;

/**
 * Coverage-guided fuzzing of the article parser (Jazzer): any text splits into parts whose body
 * ranges lie inside the text, in order, and spell the body. Fuzzes in {@code mvn verify} (the
 * {@code fuzz-article} execution); as a plain test it replays {@code ArticleParserFuzzTestInputs}.
 */
class ArticleParserFuzzTest {

    private final ArticleParser parser = new ArticleParser();

    @FuzzTest(maxDuration = "25s")
    @DictionaryEntries({"\\x0A", " \\xE2\\x80\\x94 ", " - ", "--", ", ", "By ", "Photo: ", "\\xC2\\xA9", "(Reuters)", "March 3", "12 June 2025", "2025-06-12", "-a", "PARIS"})
    void bodyRangesSpellTheBody(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        ParsedArticle a = parser.parse(text, "");
        StringBuilder body = new StringBuilder();
        int last = 0;
        for (int[] r : a.bodyRanges()) {
            assertThat(r[0]).isBetween(last, r[1]);
            assertThat(r[1]).isLessThanOrEqualTo(text.length());
            last = r[1];
            body.append(body.isEmpty() ? "" : "\n\n").append(text, r[0], r[1]);
        }
        assertThat(a.body()).isEqualTo(body.toString());
        assertThat(a.title()).isNotNull();
        assertThat(a.dateline()).isNotNull();
    }
}
