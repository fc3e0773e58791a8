package dossier.source.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dossier.source.domain.InvalidSourceException;

class IngestValidatorTest {

    private final IngestValidator v = new IngestValidator(100);

    private static IngestCommand cmd(String text, byte[] raw) {
        return new IngestCommand("case-1", "", text, raw, "", "", "", "");
    }

    @Test
    void acceptsTextOrValidUtf8() {
        assertThat(v.text(cmd("Hello.", null))).isEqualTo("Hello.");
        assertThat(v.text(cmd("", "Gr\u00fc\u00dfe.".getBytes(java.nio.charset.StandardCharsets.UTF_8)))).isEqualTo("Gr\u00fc\u00dfe.");
    }

    @Test
    void rejectsWhatCannotBeIngested() {
        assertThatThrownBy(() -> v.text(cmd("", null))).isInstanceOf(InvalidSourceException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> v.text(cmd("x".repeat(101), null))).hasMessageContaining("limit");
        assertThatThrownBy(() -> v.text(cmd("", new byte[] {(byte) 0xFF, 'a'}))).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> v.text(cmd("a", new byte[] {'a'}))).hasMessageContaining("not both");
        assertThatThrownBy(() -> v.text(new IngestCommand("case-1", "", "a", null, "", "ftp://x", "", ""))).hasMessageContaining("url");
        assertThatThrownBy(() -> v.text(new IngestCommand("case-1", "", "a", null, "", "", "", "application/pdf")))
                .hasMessageContaining("content_type");
        assertThatThrownBy(() -> IngestValidator.publishedDate("Feb 20")).hasMessageContaining("ISO 8601");
        assertThat(IngestValidator.publishedDate("2024-02-20T10:00:00Z")).isEqualTo("2024-02-20");
    }
}
