package dossier.web.model;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.audit.v1.AuditEntry;
import dossier.audit.v1.GetAuditLogResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MergedAuditLogTest {

    private static AuditEntry entry(String service, long sequence, String at) {
        return AuditEntry.newBuilder().setService(service).setSequence(sequence).setAt(at).build();
    }

    /** A service whose log is served two entries a page, newest first. */
    private static GetAuditLogResponse page(List<AuditEntry> newestFirst, String token) {
        int from = token.isEmpty() ? 0 : Integer.parseInt(token);
        int to = Math.min(from + 2, newestFirst.size());
        return GetAuditLogResponse.newBuilder().addAllEntries(newestFirst.subList(from, to))
                .setNextPageToken(to < newestFirst.size() ? Integer.toString(to) : "").build();
    }

    @Test
    void mergesNewestFirstAndFetchesOnlyWhatItShows() {
        Map<String, List<AuditEntry>> logs = Map.of(
                "a", List.of(entry("a", 3, "2026-01-01T00:00:05Z"), entry("a", 2, "2026-01-01T00:00:03Z"), entry("a", 1, "2026-01-01T00:00:01Z")),
                "b", List.of(entry("b", 2, "2026-01-01T00:00:04Z"), entry("b", 1, "2026-01-01T00:00:02Z")));
        List<String> calls = new ArrayList<>();
        MergedAuditLog log = new MergedAuditLog(List.of("a", "b"), (service, token) -> {
            calls.add(service + "@" + token);
            return page(logs.get(service), token);
        });
        assertThat(log.next(3)).extracting(e -> e.getService() + e.getSequence()).containsExactly("a3", "b2", "a2");
        assertThat(calls).containsExactly("a@", "b@");
        assertThat(log.hasMore()).isTrue();
        assertThat(log.next(10)).extracting(e -> e.getService() + e.getSequence()).containsExactly("b1", "a1");
        assertThat(calls).containsExactly("a@", "b@", "a@2");
        assertThat(log.hasMore()).isFalse();
        assertThat(log.next(5)).isEmpty();
    }
}
