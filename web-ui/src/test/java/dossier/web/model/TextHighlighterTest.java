package dossier.web.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextHighlighterTest {

    private static String joined(List<TextSegment> segments) {
        return segments.stream().map(TextSegment::text).collect(Collectors.joining());
    }

    private static Highlight at(String text, String quote, String note) {
        int start = text.indexOf(quote);
        return new Highlight(start, start + quote.length(), quote, note, "c-" + note);
    }

    @Test
    void cutsTextIntoPlainAndHighlightedRunsWithoutLosingACharacter() {
        String text = "The minister said the shipment may have left port. Officials denied it.";
        List<TextSegment> segments = TextHighlighter.segments(text, List.of(
                at(text, "the shipment may have left port", "transfer"),
                at(text, "Officials denied it", "denial")));

        assertThat(joined(segments)).isEqualTo(text);
        assertThat(segments).filteredOn(TextSegment::highlighted)
                .extracting(TextSegment::text, TextSegment::note)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("the shipment may have left port", "transfer"),
                        org.assertj.core.groups.Tuple.tuple("Officials denied it", "denial"));
    }

    @Test
    void markupInSourceTextStaysLiteralText() {
        String text = "Before <script>alert('x')</script> & <b>bold</b> after";
        List<TextSegment> segments = TextHighlighter.segments(text, List.of(at(text, "<b>bold</b>", "attr")));

        // segments carry the raw characters; the UI sets them as text so the browser escapes them
        assertThat(joined(segments)).isEqualTo(text);
        assertThat(segments).filteredOn(TextSegment::highlighted).extracting(TextSegment::text)
                .containsExactly("<b>bold</b>");
    }

    @Test
    void overlappingSpansMergeAndKeepBothNotes() {
        String text = "alpha beta gamma delta";
        List<TextSegment> segments = TextHighlighter.segments(text, List.of(
                at(text, "alpha beta", "one"), at(text, "beta gamma", "two")));

        assertThat(joined(segments)).isEqualTo(text);
        TextSegment merged = segments.get(0);
        assertThat(merged.text()).isEqualTo("alpha beta gamma");
        assertThat(merged.note()).contains("one").contains("two");
    }

    @Test
    void staleOffsetsAreReanchoredByTheQuotedText() {
        String text = "A header line\nThe vessel sailed on Monday.";
        Highlight stale = new Highlight(0, 10, "The vessel sailed", "transfer", "c1");

        List<TextSegment> segments = TextHighlighter.segments(text, List.of(stale));

        assertThat(segments).filteredOn(TextSegment::highlighted).extracting(TextSegment::text)
                .containsExactly("The vessel sailed");
        assertThat(joined(segments)).isEqualTo(text);
    }

    @Test
    void spansThatCannotBePlacedAreDropped() {
        String text = "short text";
        List<TextSegment> segments = TextHighlighter.segments(text, List.of(
                new Highlight(5, 500, "not in the text", "x", "c1"),
                new Highlight(-3, 2, "", "y", "c2")));

        assertThat(segments).hasSize(1);
        assertThat(segments.get(0).highlighted()).isFalse();
        assertThat(joined(segments)).isEqualTo(text);
    }

    @Test
    void offsetsAreUtf16UnitsSoTextBeyondTheBasicPlaneStaysIntact() {
        String text = "😀 emoji then Ким Чен Ын then end";
        Highlight h = at(text, "Ким Чен Ын", "name");

        List<TextSegment> segments = TextHighlighter.segments(text, List.of(h));

        assertThat(segments).filteredOn(TextSegment::highlighted).extracting(TextSegment::text)
                .containsExactly("Ким Чен Ын");
        assertThat(joined(segments)).isEqualTo(text);
    }

    @Test
    void emptyTextGivesNoSegments() {
        assertThat(TextHighlighter.segments("", List.of())).isEmpty();
        assertThat(TextHighlighter.segments(null, List.of())).isEmpty();
    }
}
