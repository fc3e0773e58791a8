package dossier.sanctions.export;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.util.JsonFormat;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.ExportCaseFileResponse;
import dossier.sanctions.v1.ExportFormat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The case file as JSON (proto3 JSON form, what integrators parse) or as a readable report in Markdown or PDF. */
public final class CaseFileExporter {

    private CaseFileExporter() {
    }

    /** Refuses an unspecified format before any work is done to build the case file. */
    public static void requireFormat(ExportFormat format) {
        if (format != ExportFormat.JSON && format != ExportFormat.MARKDOWN && format != ExportFormat.PDF) {
            throw new IllegalArgumentException("format must be JSON, MARKDOWN or PDF");
        }
    }

    public static ExportCaseFileResponse export(CaseFile file, ExportFormat format) {
        requireFormat(format);
        String base = "case-" + slug(file.getCase().getTitle()) + "-" + file.getCase().getId();
        return switch (format) {
            case JSON -> response("application/json", base + ".json", utf8(json(file)));
            case MARKDOWN -> response("text/markdown; charset=utf-8", base + ".md", utf8(CaseFileMarkdown.render(file)));
            case PDF -> response("application/pdf", base + ".pdf", ByteString.copyFrom(CaseFilePdf.render(file)));
            case EXPORT_FORMAT_UNSPECIFIED, UNRECOGNIZED -> throw new IllegalStateException("checked by requireFormat");
        };
    }

    private static String json(CaseFile file) {
        try {
            return JsonFormat.printer().print(file);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("case file cannot be written as JSON", e);
        }
    }

    private static ExportCaseFileResponse response(String type, String name, ByteString content) {
        return ExportCaseFileResponse.newBuilder().setContentType(type).setFilename(name).setContent(content).build();
    }

    private static ByteString utf8(String s) {
        return ByteString.copyFrom(s, StandardCharsets.UTF_8);
    }

    private static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.isEmpty() ? "untitled" : s.substring(0, Math.min(40, s.length()));
    }
}
