package dossier.support.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditVerifierTest {

    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> out = new ArrayList<>();
        AuditEntry previous = null;
        for (int i = 1; i <= n; i++) {
            previous = AuditChain.next(previous, new AuditDraft("ana", "case.update", "case:c" + i,
                    "{\"status\":\"OPEN\"}", "{\"status\":\"CLOSED\"}", "reason " + i), Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i));
            out.add(previous);
        }
        return out;
    }

    private static AuditVerification verify(List<AuditEntry> entries, ChainHead head) {
        AuditVerifier v = new AuditVerifier();
        entries.stream().sorted(Comparator.comparingLong(AuditEntry::sequence)).forEach(v::accept);
        return v.finish(head);
    }

    private static ChainHead headOf(List<AuditEntry> entries) {
        AuditEntry last = entries.get(entries.size() - 1);
        return new ChainHead(last.sequence(), last.hash());
    }

    private static AuditEntry withAfter(AuditEntry e, String after) {
        return new AuditEntry(e.sequence(), e.at(), e.actor(), e.action(), e.target(), e.before(), after, e.reason(),
                e.previousHash(), e.hash());
    }

    private static AuditEntry withSequence(AuditEntry e, long sequence) {
        return new AuditEntry(sequence, e.at(), e.actor(), e.action(), e.target(), e.before(), e.after(), e.reason(),
                e.previousHash(), e.hash());
    }

    @Test
    void anIntactChainIsOk() {
        List<AuditEntry> entries = chain(5);
        assertThat(verify(entries, headOf(entries))).isEqualTo(AuditVerification.ok(5));
        assertThat(entries.get(0).previousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
    }

    @Test
    void anEditedEntryIsFound() {
        List<AuditEntry> entries = chain(5);
        entries.set(2, withAfter(entries.get(2), "{\"status\":\"OPEN\"}"));
        AuditVerification result = verify(entries, headOf(entries));
        assertThat(result.ok()).isFalse();
        assertThat(result.brokenSequence()).isEqualTo(3);
        assertThat(result.problem()).contains("edited");
    }

    @Test
    void anEditWhoseHashWasRecomputedBreaksTheNextLink() {
        List<AuditEntry> entries = chain(5);
        AuditEntry edited = withAfter(entries.get(2), "{}");
        entries.set(2, new AuditEntry(3, edited.at(), edited.actor(), edited.action(), edited.target(), edited.before(), "{}",
                edited.reason(), edited.previousHash(), edited.expectedHash()));
        AuditVerification result = verify(entries, headOf(entries));
        assertThat(result.brokenSequence()).isEqualTo(4);
        assertThat(result.problem()).contains("does not follow entry 3");
    }

    @Test
    void aDeletedEntryIsFound() {
        List<AuditEntry> entries = chain(5);
        ChainHead head = headOf(entries);
        entries.remove(1);
        AuditVerification result = verify(entries, head);
        assertThat(result.ok()).isFalse();
        assertThat(result.brokenSequence()).isEqualTo(2);
        assertThat(result.problem()).contains("missing");
    }

    @Test
    void deletedNewestEntriesAreFoundThroughTheHead() {
        List<AuditEntry> entries = chain(5);
        ChainHead head = headOf(entries);
        AuditVerification result = verify(entries.subList(0, 3), head);
        assertThat(result.ok()).isFalse();
        assertThat(result.brokenSequence()).isEqualTo(4);
        assertThat(result.problem()).contains("newest entries were deleted");
    }

    @Test
    void reorderedEntriesAreFound() {
        List<AuditEntry> entries = chain(5);
        // rows 2 and 3 swap places: each takes the other's sequence number
        AuditEntry second = entries.get(1);
        AuditEntry third = entries.get(2);
        entries.set(1, withSequence(third, 2));
        entries.set(2, withSequence(second, 3));
        AuditVerification result = verify(entries, headOf(entries));
        assertThat(result.ok()).isFalse();
        assertThat(result.brokenSequence()).isEqualTo(2);
        assertThat(result.problem()).contains("reordered");
    }

    @Test
    void aDuplicatedSequenceIsFound() {
        List<AuditEntry> entries = chain(3);
        entries.add(2, entries.get(1));
        AuditVerification result = verify(entries, null);
        assertThat(result.brokenSequence()).isEqualTo(2);
        assertThat(result.problem()).contains("appears twice");
    }

    @Test
    void anEmptyChainIsOk() {
        assertThat(verify(List.of(), null)).isEqualTo(AuditVerification.ok(0));
    }
}
