package dossier.web.model;

import java.util.Locale;
import java.util.Optional;

/** Which uploaded files source-service accepts, and the content type it is told for each. */
public final class SourceFormats {

    /** source-service's own limit on a source's size. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    public static final String[] ACCEPTED_EXTENSIONS = {".txt", ".md", ".markdown", ".html", ".htm"};

    private SourceFormats() {
    }

    /** The content type for a file name, or empty when the file type is not supported. */
    public static Optional<String> contentType(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        if (name.endsWith(".txt")) {
            return Optional.of("text/plain");
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Optional.of("text/markdown");
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Optional.of("text/html");
        }
        return Optional.empty();
    }
}
