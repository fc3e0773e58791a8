package dossier.source.parsing;

import java.util.List;

/**
 * An article split into its parts. {@code text} is the plain text every span points into (markup
 * removed); {@code bodyRanges} are the [start, end) offsets of the body lines in it.
 */
public record ParsedArticle(String text, String title, String byline, String dateline, List<String> credits,
                            String body, List<int[]> bodyRanges) {
}
