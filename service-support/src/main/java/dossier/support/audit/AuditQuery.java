package dossier.support.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * One page of a GetAuditLog call, checked: newest first, {@code below} the sequence the page token
 * names (Long.MAX_VALUE for the first page), optionally one target and a time range [since, until).
 */
public record AuditQuery(int pageSize, long below, String target, Instant since, Instant until) {

    public static final int DEFAULT_PAGE = 50;
    public static final int MAX_PAGE = 500;

    /** From the request's fields; IllegalArgumentException (INVALID_ARGUMENT) for a bad one. */
    public static AuditQuery of(int pageSize, String pageToken, String target, String since, String until) {
        if (pageSize < 0) {
            throw new IllegalArgumentException("page_size must not be negative");
        }
        long below = Long.MAX_VALUE;
        if (!pageToken.isBlank()) {
            try {
                below = Long.parseLong(pageToken.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("page_token is not one this service returned");
            }
        }
        return new AuditQuery(pageSize == 0 ? DEFAULT_PAGE : Math.min(pageSize, MAX_PAGE), below,
                target.isBlank() ? null : target.strip(), instant(since, "since"), instant(until, "until"));
    }

    /** The token of the page after one that ended with {@code last} (empty when the page was not full: the last page). */
    public String nextToken(java.util.List<AuditEntry> page) {
        return page.size() < pageSize ? "" : Long.toString(page.get(page.size() - 1).sequence());
    }

    private static Instant instant(String text, String field) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " must be an ISO 8601 instant such as 2026-01-31T12:00:00Z");
        }
    }
}
