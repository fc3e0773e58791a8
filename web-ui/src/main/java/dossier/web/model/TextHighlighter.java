package dossier.web.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a source's text into plain and highlighted segments. Offsets come from another service,
 * so they are checked: a span whose offsets do not hold its quoted text is re-anchored at the
 * first occurrence of that text, spans outside the text are dropped, and overlapping spans are
 * merged (their notes joined) so no character is shown twice.
 */
public final class TextHighlighter {

    private TextHighlighter() {
    }

    public static List<TextSegment> segments(String text, List<Highlight> highlights) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Highlight> anchored = new ArrayList<>();
        for (Highlight h : highlights) {
            Highlight a = anchor(text, h);
            if (a != null) {
                anchored.add(a);
            }
        }
        anchored.sort(Comparator.comparingInt(Highlight::start).thenComparingInt(Highlight::end));

        List<TextSegment> out = new ArrayList<>();
        int cursor = 0;
        int i = 0;
        while (i < anchored.size()) {
            Highlight first = anchored.get(i);
            int start = Math.max(first.start(), cursor);
            int end = first.end();
            StringBuilder notes = new StringBuilder(first.note());
            // every claim whose span is merged here, so a link to any of them finds this segment
            StringBuilder claimIds = new StringBuilder(first.claimId() == null ? "" : first.claimId());
            i++;
            while (i < anchored.size() && anchored.get(i).start() < end) {
                Highlight next = anchored.get(i);
                end = Math.max(end, next.end());
                if (!next.note().isBlank() && notes.indexOf(next.note()) < 0) {
                    notes.append(notes.isEmpty() ? "" : " · ").append(next.note());
                }
                if (next.claimId() != null && !next.claimId().isBlank()) {
                    claimIds.append(claimIds.isEmpty() ? "" : " ").append(next.claimId());
                }
                i++;
            }
            if (end <= start) {
                continue;
            }
            if (start > cursor) {
                out.add(TextSegment.plain(text.substring(cursor, start)));
            }
            out.add(new TextSegment(text.substring(start, end), true, notes.toString(), claimIds.toString()));
            cursor = end;
        }
        if (cursor < text.length()) {
            out.add(TextSegment.plain(text.substring(cursor)));
        }
        return out;
    }

    /** The highlight with offsets that hold its text, or null when it cannot be placed. */
    static Highlight anchor(String text, Highlight h) {
        String expected = h.expectedText() == null ? "" : h.expectedText();
        boolean inRange = h.start() >= 0 && h.end() <= text.length() && h.start() < h.end();
        if (inRange && (expected.isEmpty() || text.substring(h.start(), h.end()).equals(expected))) {
            return h;
        }
        if (!expected.isEmpty()) {
            int at = text.indexOf(expected);
            if (at >= 0) {
                return new Highlight(at, at + expected.length(), expected, h.note(), h.claimId());
            }
        }
        return null;
    }
}
