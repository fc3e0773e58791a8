package dossier.support.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AuditChainTest {

    private static final AuditDraft DRAFT = new AuditDraft("ana", "case.create", "case:1", "", "{\"title\":\"T\"}", "");

    @Test
    void theHashCoversEveryFieldAndTheLink() {
        Instant now = Instant.parse("2026-03-01T10:00:00.123456Z");
        AuditEntry first = AuditChain.next((AuditEntry) null, DRAFT, now);
        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.at()).isEqualTo(Instant.parse("2026-03-01T10:00:00.123Z"));
        assertThat(first.hash()).hasSize(64).isEqualTo(first.expectedHash());
        AuditEntry other = AuditChain.next(first, DRAFT, now);
        assertThat(other.hash()).isNotEqualTo(first.hash());
        // the same content under another actor hashes differently
        AuditEntry byBob = AuditChain.next((AuditEntry) null, new AuditDraft("bob", "case.create", "case:1", "", "{\"title\":\"T\"}", ""), now);
        assertThat(byBob.hash()).isNotEqualTo(first.hash());
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        AuditEntry a = AuditChain.next((AuditEntry) null, new AuditDraft("ab", "c", "", "", "", ""), now);
        AuditEntry b = AuditChain.next((AuditEntry) null, new AuditDraft("a", "bc", "", "", "", ""), now);
        assertThat(a.hash()).isNotEqualTo(b.hash());
    }

    @Test
    void longTextIsBounded() {
        AuditDraft big = new AuditDraft("ana", "case.update", "case:1", "x".repeat(50_000), "", "");
        assertThat(big.before()).hasSize(AuditChain.MAX_TEXT).endsWith("(truncated)");
    }

    @Test
    void jsonKeysAreSorted() {
        assertThat(AuditTrail.json(Map.of("b", 1, "a", "x"))).isEqualTo("{\"a\":\"x\",\"b\":1}");
        assertThat(AuditTrail.json(null)).isEmpty();
    }
}
