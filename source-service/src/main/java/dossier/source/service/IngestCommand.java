package dossier.source.service;

/** What a caller asks to ingest (the wire request, without protobuf types). */
public record IngestCommand(String caseId, String title, String text, byte[] raw, String outlet, String url,
                            String publishedDate, String contentType) {
}
