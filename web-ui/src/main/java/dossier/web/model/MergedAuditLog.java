package dossier.web.model;

import dossier.audit.v1.AuditEntry;
import dossier.audit.v1.GetAuditLogResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The audit logs of several services as one list, newest first, read page by page: each service's
 * entries are fetched only when the merge reaches them, so the first page costs one call per service.
 */
public final class MergedAuditLog {

    private static final Comparator<AuditEntry> NEWEST_FIRST = Comparator.comparing(AuditEntry::getAt)
            .thenComparingLong(AuditEntry::getSequence).reversed();

    private final BiFunction<String, String, GetAuditLogResponse> fetch;
    private final Map<String, Deque<AuditEntry>> buffered = new LinkedHashMap<>();
    private final Map<String, String> nextToken = new LinkedHashMap<>();

    /** {@code fetch}: (service, page token) → that service's next page, newest first. */
    public MergedAuditLog(List<String> services, BiFunction<String, String, GetAuditLogResponse> fetch) {
        this.fetch = fetch;
        for (String s : services) {
            buffered.put(s, new ArrayDeque<>());
            nextToken.put(s, ""); // empty: the first page is still to fetch
        }
    }

    /** The next {@code n} entries of the merged log, newest first (fewer at the end). */
    public List<AuditEntry> next(int n) {
        List<AuditEntry> out = new ArrayList<>(n);
        while (out.size() < n) {
            AuditEntry newest = null;
            String from = null;
            for (String s : buffered.keySet()) {
                AuditEntry head = peek(s);
                if (head != null && (newest == null || NEWEST_FIRST.compare(head, newest) < 0)) {
                    newest = head;
                    from = s;
                }
            }
            if (newest == null) {
                break;
            }
            out.add(buffered.get(from).poll());
        }
        return out;
    }

    /** Whether entries are left to read. */
    public boolean hasMore() {
        return buffered.keySet().stream().anyMatch(s -> peek(s) != null);
    }

    private AuditEntry peek(String service) {
        Deque<AuditEntry> q = buffered.get(service);
        String token = nextToken.get(service);
        if (q.isEmpty() && token != null) {
            GetAuditLogResponse page = fetch.apply(service, token);
            q.addAll(page.getEntriesList());
            nextToken.put(service, page.getNextPageToken().isEmpty() ? null : page.getNextPageToken());
        }
        return q.peek();
    }
}
