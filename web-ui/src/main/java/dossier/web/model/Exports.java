package dossier.web.model;

import dossier.sanctions.v1.ExportCaseFileResponse;
import dossier.sanctions.v1.ExportFormat;
import java.util.List;
import java.util.Locale;

/** The export formats offered for download, and the file name and type each download carries. */
public final class Exports {

    /** In the order the buttons appear. */
    public static final List<ExportFormat> OFFERED = List.of(ExportFormat.JSON, ExportFormat.MARKDOWN, ExportFormat.PDF);

    private Exports() {
    }

    public static String label(ExportFormat format) {
        return switch (format) {
            case JSON -> "JSON";
            case MARKDOWN -> "Markdown";
            case PDF -> "PDF";
            case EXPORT_FORMAT_UNSPECIFIED, UNRECOGNIZED -> format.name();
        };
    }

    /**
     * The service's suggested name, reduced to its last path segment (a name is never a path);
     * "case-ID.ext" when the service suggests none.
     */
    public static String fileName(ExportCaseFileResponse response, String caseId, ExportFormat format) {
        String suggested = response.getFilename().strip();
        int slash = Math.max(suggested.lastIndexOf('/'), suggested.lastIndexOf('\\'));
        suggested = suggested.substring(slash + 1);
        if (!suggested.isBlank() && !suggested.equals(".") && !suggested.equals("..")) {
            return suggested;
        }
        return "case-" + caseId.replaceAll("[^A-Za-z0-9._-]", "_") + "." + extension(format);
    }

    public static String contentType(ExportCaseFileResponse response, ExportFormat format) {
        if (!response.getContentType().isBlank()) {
            return response.getContentType();
        }
        return switch (format) {
            case JSON -> "application/json";
            case MARKDOWN -> "text/markdown; charset=utf-8";
            case PDF -> "application/pdf";
            case EXPORT_FORMAT_UNSPECIFIED, UNRECOGNIZED -> "application/octet-stream";
        };
    }

    private static String extension(ExportFormat format) {
        return format == ExportFormat.MARKDOWN ? "md" : format.name().toLowerCase(Locale.ROOT);
    }
}
