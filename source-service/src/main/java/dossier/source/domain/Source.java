package dossier.source.domain;

import java.util.List;

/** A stored source document with its mentions (claims are stored alongside, see the repository). */
public record Source(String id, String caseId, String title, String text, String body, String outlet, String url,
                     String publishedDate, String byline, String dateline, List<String> credits,
                     String contentHash, String ingestedAt, List<String> warnings, List<MentionRef> mentions,
                     int claimCount, String language, String nearCopyOf) {
    public Source {
        credits = credits == null ? List.of() : List.copyOf(credits);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
        language = language == null ? "" : language;
        nearCopyOf = nearCopyOf == null ? "" : nearCopyOf;
    }
}
