package dossier.source.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The markup conversion and the article parser stay linear on hostile 100 KB inputs (runs of
 * brackets, dashes, spaces, deep nesting) that made the old patterns backtrack for seconds to hours.
 * The 5 s bound is only a hang guard (the harness {@link HostileTextBench} measures the real
 * figures, a few ms each); each test also checks what comes out.
 */
class HostileTextTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(5);

    private final MarkupConverter markup = new MarkupConverter();
    private final ArticleParser parser = new ArticleParser();

    @TestFactory
    Stream<DynamicTest> markdownWithoutALinkKeepsItsText() {
        return HostileTexts.markdown().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String text = assertTimeoutPreemptively(HANG_GUARD, () -> markup.toPlainText(e.getValue(), "text/markdown"));
            assertThat(text.length()).isLessThanOrEqualTo(e.getValue().length());
        }));
    }

    @TestFactory
    Stream<DynamicTest> htmlGivesText() {
        return HostileTexts.html().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String text = assertTimeoutPreemptively(HANG_GUARD, () -> markup.toPlainText(e.getValue(), "text/html"));
            assertThat(text).isNotNull().doesNotContain("<p>");
        }));
    }

    @TestFactory
    Stream<DynamicTest> articleParsesWithoutADateline() {
        return HostileTexts.plain().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            ParsedArticle a = assertTimeoutPreemptively(HANG_GUARD, () -> parser.parse(e.getValue(), ""));
            assertThat(a.title()).isNotEmpty();
            assertThat(a.dateline().length()).isLessThan(200);
        }));
    }

    @Test
    void linksAndImagesStillLoseTheirMarks() {
        Map<String, String> cases = Map.of(
                "See [the report](http://x/r?a=1) now.", "See the report now.",
                "![a photo](img.png) caption", "a photo caption",
                "[![logo](l.png)](http://x)", "logo",
                "[a] [b](u) [c", "[a] b [c");
        cases.forEach((in, out) -> assertThat(markup.toPlainText(in, "text/markdown")).as(in).isEqualTo(out));
    }

    @Test
    void datelinesStillRead() {
        Map<String, String> cases = Map.of(
                "Durban, KwaZulu-Natal, South Africa — In a surprising move", "Durban, KwaZulu-Natal, South Africa",
                "WASHINGTON-- The ministry said", "WASHINGTON",
                "Port-au-Prince, Haiti, March 3 (Reuters) - Officials said", "Port-au-Prince, Haiti",
                "St.-Denis, Réunion - A ship", "St.-Denis, Réunion",
                "New York City, June 5, 2024 — The firm", "New York City");
        cases.forEach((line, place) -> assertThat(parser.parse("Title\n" + line, "").dateline()).as(line).isEqualTo(place));
    }
}
