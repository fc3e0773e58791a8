package dossier.source.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dossier.source.support.Fixtures;

class ArticleParserTest {

    private final ArticleParser parser = new ArticleParser();

    @Test
    void headlineBylineCreditsAndRepeatedHeadline() {
        String text = Fixtures.read(Fixtures.SEEDS.get(1));
        ParsedArticle a = parser.parse(text, "");
        assertThat(a.title()).isEqualTo(text.lines().findFirst().orElseThrow());
        assertThat(a.byline()).isEqualTo("Faruk Imamovic");
        assertThat(a.credits()).singleElement().asString().startsWith("\u00a9");
        assertThat(a.body()).doesNotContain(a.title()).doesNotContain("by Faruk").doesNotContain("\u00a9");
        for (int[] r : a.bodyRanges()) {
            assertThat(a.body()).contains(text.substring(r[0], r[1]));
        }
    }

    @Test
    void datelineIsCutFromTheFirstParagraph() {
        ParsedArticle a = parser.parse(Fixtures.read(Fixtures.SEEDS.get(0)), "");
        assertThat(a.dateline()).isEqualTo("Durban, KwaZulu-Natal, South Africa");
        assertThat(a.body()).startsWith("In a surprising diplomatic gesture");
    }

    @Test
    void photoCaptionsAreCredits() {
        ParsedArticle a = parser.parse(Fixtures.read(Fixtures.SEEDS.get(2)), "");
        assertThat(a.credits()).anyMatch(c -> c.startsWith("Photo:")).anyMatch(c -> c.startsWith("Image for article titled"));
        assertThat(a.body()).doesNotContain("Photo:").doesNotContain("Image for article titled");
        assertThat(a.dateline()).isEmpty();
    }

    @Test
    void givenTitleWins() {
        ParsedArticle a = parser.parse("First line of the story.\nSecond line.", "My title");
        assertThat(a.title()).isEqualTo("My title");
        assertThat(a.body()).startsWith("First line");
    }

    @Test
    void markupIsRemovedAndScriptsNeverKept() {
        MarkupConverter m = new MarkupConverter();
        String html = "<html><head><title>T</title><style>p{}</style></head><body><h1>Head</h1>"
                + "<script>steal()</script><p>Para <b>one</b>.</p><ul><li>Item</li></ul></body></html>";
        assertThat(m.toPlainText(html, "text/html").lines().filter(l -> !l.isBlank()).toList())
                .isEqualTo(List.of("Head", "Para one.", "Item"));
        assertThat(m.toPlainText("# Title\n\nSome **bold** [link](http://x) text.", "text/markdown"))
                .isEqualTo("Title\n\nSome bold link text.");
    }

    @Test
    void hashIgnoresLayoutAndTypography() {
        assertThat(ContentHasher.sha256("Kim\u2019s car\r\n\r\nis here  ")).isEqualTo(ContentHasher.sha256("kim's car is here"));
        assertThat(ContentHasher.sha256("a car")).isNotEqualTo(ContentHasher.sha256("a bus"));
    }

    @Test
    void datelineFarFromTheStoryIsFlagged() {
        DatelineCheck check = new DatelineCheck();
        assertThat(check.check("Durban, KwaZulu-Natal, South Africa", "A story about Moscow and Pyongyang.", List.of("ru", "kp")))
                .hasValueSatisfying(w -> assertThat(w).contains("Durban"));
        assertThat(check.check("Seoul, South Korea", "Officials in Seoul said...", List.of())).isEmpty();
        assertThat(check.check("Busan, South Korea", "A tanker was seen.", List.of("kr"))).isEmpty();
    }
}
