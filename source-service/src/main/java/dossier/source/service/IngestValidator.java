package dossier.source.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

import dossier.source.domain.InvalidSourceException;
import dossier.source.parsing.Utf8Decoder;

/** Checks an ingest request before anything is looked up or written. */
public final class IngestValidator {

    private static final Set<String> TYPES = Set.of("", "text/plain", "text/markdown", "text/html");

    private final long maxBytes;

    public IngestValidator(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The validated text, decoded from raw when given; throws InvalidSourceException otherwise. */
    public String text(IngestCommand cmd) {
        if (cmd.caseId() == null || cmd.caseId().isBlank()) {
            throw new InvalidSourceException("case_id is required");
        }
        boolean hasRaw = cmd.raw() != null && cmd.raw().length > 0;
        boolean hasText = cmd.text() != null && !cmd.text().isEmpty();
        if (hasRaw && hasText) {
            throw new InvalidSourceException("send the article either as text or as raw bytes, not both");
        }
        long size = hasRaw ? cmd.raw().length : hasText ? cmd.text().getBytes(StandardCharsets.UTF_8).length : 0;
        if (size > maxBytes) {
            throw new InvalidSourceException(String.format(Locale.ROOT,
                    "the article is %,d bytes; the limit is %,d bytes (%.0f MB)", size, maxBytes, maxBytes / 1048576.0));
        }
        String text = hasRaw ? Utf8Decoder.decode(cmd.raw()) : hasText ? cmd.text() : "";
        if (text.isBlank()) {
            throw new InvalidSourceException("the article is empty: send its text (or its bytes as raw)");
        }
        if (looksBinary(text)) {
            throw new InvalidSourceException("the article looks like a binary file (NUL or control characters), not text");
        }
        String type = cmd.contentType() == null ? "" : cmd.contentType().strip().toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type.replaceAll(";.*", "").strip())) {
            throw new InvalidSourceException("content_type must be text/plain, text/markdown or text/html, not \"" + cmd.contentType() + "\"");
        }
        url(cmd.url());
        publishedDate(cmd.publishedDate());
        return text;
    }

    /** Throws when the text, its markup removed, holds no letter at all (100,000 "[" is not an article). */
    public static void hasWords(String plainText) {
        if (plainText.codePoints().noneMatch(Character::isLetter)) {
            throw new InvalidSourceException("the article holds no words once its markup is removed");
        }
    }

    /** A NUL, or more than one control character (tabs and line breaks aside) in a hundred. */
    static boolean looksBinary(String text) {
        long control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control * 100 > text.length();
    }

    static void url(String url) {
        if (url == null || url.isBlank()) {
            return;
        }
        try {
            URI u = new URI(url.strip());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
                throw new InvalidSourceException("url must be an absolute http(s) address, not \"" + url + "\"");
            }
        } catch (URISyntaxException e) {
            throw new InvalidSourceException("url is not a valid address: \"" + url + "\"");
        }
    }

    /** The ISO date (yyyy-MM-dd) of published_date, or "" when not given. */
    public static String publishedDate(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        String v = value.strip();
        try {
            return LocalDate.parse(v).toString();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(v).toLocalDate().toString();
            } catch (DateTimeParseException e2) {
                throw new InvalidSourceException("published_date must be an ISO 8601 date such as 2024-02-20, not \"" + value + "\"");
            }
        }
    }
}
