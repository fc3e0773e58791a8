package dossier.support.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditQueryTest {

    @Test
    void defaultsAndLimits() {
        AuditQuery q = AuditQuery.of(0, "", "", "", "");
        assertThat(q.pageSize()).isEqualTo(AuditQuery.DEFAULT_PAGE);
        assertThat(q.below()).isEqualTo(Long.MAX_VALUE);
        assertThat(q.target()).isNull();
        assertThat(AuditQuery.of(10_000, "", "", "", "").pageSize()).isEqualTo(AuditQuery.MAX_PAGE);
        AuditQuery filtered = AuditQuery.of(5, "42", " case:1 ", "2026-01-01T00:00:00Z", "");
        assertThat(filtered.below()).isEqualTo(42);
        assertThat(filtered.target()).isEqualTo("case:1");
        assertThat(filtered.since()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void badInputIsRefusedReadably() {
        assertThatThrownBy(() -> AuditQuery.of(-1, "", "", "", "")).hasMessageContaining("page_size");
        assertThatThrownBy(() -> AuditQuery.of(10, "abc", "", "", "")).hasMessageContaining("page_token");
        assertThatThrownBy(() -> AuditQuery.of(10, "", "", "yesterday", "")).hasMessageContaining("since");
    }
}
