package dossier.deploy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.OutputStream;

import org.junit.jupiter.api.Test;

class CaseFileLoadTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private static int words(String text) {
        return text.strip().split("\\s+").length;
    }

    @Test
    void articlesAreFilledToTheWordsAskedForAndEachIsDistinct() {
        CaseFileLoad load = new CaseFileLoad(null, QUIET, 1000);
        for (int n = 1; n <= 6; n++) {
            String text = load.article("case", n).getText();
            assertThat(words(text)).as("article %d", n).isBetween(1000, 1400);
        }
        assertThat(load.article("case", 1).getText()).isNotEqualTo(load.article("case", 4).getText());
    }

    @Test
    void withoutAWordCountAnArticleIsItsSeedReordered() {
        CaseFileLoad plain = new CaseFileLoad(null, QUIET, 0);
        assertThat(words(plain.article("case", 3).getText())).isLessThan(1000);
    }
}
