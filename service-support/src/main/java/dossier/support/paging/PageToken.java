package dossier.support.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The opaque {@code page_token} of a paged list RPC: the cursor after which the next page starts,
 * together with what the request asked for (case, filters), so that a token is refused with
 * another request. Base64url of its parts; not a secret (a cursor only points into what the
 * caller may read anyway), but a malformed or foreign token is answered INVALID_ARGUMENT
 * (an {@link IllegalArgumentException}, as every service maps it).
 */
public final class PageToken {

    private static final String VERSION = "p1";
    private static final char SEPARATOR = '\u001f';

    /** The token for these parts (none may hold U+001F). */
    public static String encode(List<String> parts) {
        StringBuilder sb = new StringBuilder(VERSION);
        for (String p : parts) {
            if (p.indexOf(SEPARATOR) >= 0) {
                throw new IllegalArgumentException("a page token part holds the separator");
            }
            sb.append(SEPARATOR).append(p);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The parts of a token this service gave out for a request whose own parts are {@code request}
     * (they must match the token's first parts); the cursor parts follow them.
     */
    public static List<String> decode(String token, List<String> request, int cursorParts) {
        List<String> parts;
        try {
            String s = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            parts = List.of(s.split(String.valueOf(SEPARATOR), -1));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
        if (parts.size() != 1 + request.size() + cursorParts || !parts.get(0).equals(VERSION)) {
            throw invalid();
        }
        if (!parts.subList(1, 1 + request.size()).equals(request)) {
            throw new IllegalArgumentException("page_token belongs to another request: send the same case and filters as for the first page");
        }
        return parts.subList(1 + request.size(), parts.size());
    }

    /** 0 (not given) → the RPC's default; below 0 refused (the maximum is a range in request-limits.yaml). */
    public static int pageSize(int requested, int defaultSize) {
        if (requested < 0) {
            throw new IllegalArgumentException("page_size must not be negative");
        }
        return requested == 0 ? defaultSize : requested;
    }

    private static IllegalArgumentException invalid() {
        return new IllegalArgumentException("page_token is not one this service gave out: send the next_page_token of the previous page, or none for the first");
    }

    private PageToken() {
    }
}
