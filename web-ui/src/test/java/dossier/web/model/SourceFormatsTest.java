package dossier.web.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceFormatsTest {

    @Test
    void contentTypeFollowsTheExtensionCaseInsensitively() {
        assertThat(SourceFormats.contentType("story.TXT")).contains("text/plain");
        assertThat(SourceFormats.contentType("notes.md")).contains("text/markdown");
        assertThat(SourceFormats.contentType("page.HTM")).contains("text/html");
        assertThat(SourceFormats.contentType("scan.pdf")).isEmpty();
        assertThat(SourceFormats.contentType(null)).isEmpty();
    }

    @Test
    void everyAcceptedExtensionHasAContentType() {
        for (String ext : SourceFormats.ACCEPTED_EXTENSIONS) {
            assertThat(SourceFormats.contentType("file" + ext)).as(ext).isPresent();
        }
    }
}
