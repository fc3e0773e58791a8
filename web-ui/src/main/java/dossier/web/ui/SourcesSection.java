package dossier.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import dossier.sanctions.v1.CaseFile;
import dossier.source.v1.Source;
import dossier.web.model.CaseFileIndex;
import dossier.web.model.Formats;
import dossier.web.model.TextSegment;
import java.util.Locale;

/**
 * Each source with its metadata, warnings and its text with the claim spans highlighted.
 * Source text is untrusted: every segment is set as text (escaped by the browser's DOM), never as HTML.
 */
final class SourcesSection {

    private SourcesSection() {
    }

    static Component of(CaseFile file, CaseFileIndex index) {
        Div root = new Div();
        root.setId("sources");
        if (file.getSourcesCount() == 0) {
            root.add(Parts.empty("No sources yet: add the articles that report the event."));
        }
        file.getSourcesList().forEach(s -> root.add(source(s, index)));
        return root;
    }

    private static Div source(Source s, CaseFileIndex index) {
        H3 title = new H3(index.sourceTitle(s.getId()));
        title.setId("source-title-" + s.getId());
        title.addClassName("source-title");
        Div card = Parts.card(title);
        card.setId("source-" + s.getId());
        card.addClassName("source");

        Div meta = Parts.row(
                Parts.labelled("Outlet", Formats.orDash(s.getOutlet())),
                Parts.labelled("Byline", Formats.orDash(s.getByline())),
                Parts.labelled("Dateline", Formats.orDash(s.getDateline())),
                Parts.labelled("Published", Formats.orDash(s.getPublishedDate())),
                Parts.labelled("Claims", String.valueOf(s.getClaimCount())));
        if (!s.getLanguage().isBlank()) {
            meta.add(Parts.labelled("Language", s.getLanguage()));
        }
        card.add(meta);
        if (isWebAddress(s.getUrl())) {
            card.add(new Div(new Anchor(s.getUrl(), s.getUrl(), AnchorTarget.BLANK)));
        }
        if (!s.getNearCopyOf().isBlank()) {
            card.add(Parts.badge("Nearly copies " + index.sourceTitle(s.getNearCopyOf()), "badge warning"));
        }
        if (s.getWarningsCount() > 0) {
            Div warnings = new Div();
            warnings.addClassName("warnings");
            s.getWarningsList().forEach(w -> warnings.add(Parts.badge(w, "badge warning")));
            card.add(warnings);
        }
        if (s.getCreditsCount() > 0) {
            card.add(Parts.row(Parts.labelled("Credits", String.join("; ", s.getCreditsList()))));
        }
        card.add(text(index, s));
        return card;
    }

    static Div text(CaseFileIndex index, Source s) {
        Div text = new Div();
        text.addClassName("source-text");
        text.setId("source-text-" + s.getId());
        // the text scrolls in its box: reachable and named for the keyboard and screen readers
        text.getElement().setAttribute("tabindex", "0");
        text.getElement().setAttribute("role", "region");
        text.getElement().setAttribute("aria-label", "Text of " + index.sourceTitle(s.getId()));
        for (TextSegment seg : index.segmentsOf(s)) {
            Span span = new Span(seg.text());
            if (seg.highlighted()) {
                span.addClassName("claim-span");
                span.getElement().setAttribute("title", seg.note());
                span.getElement().setAttribute("data-claim", seg.claimId().split(" ")[0]);
                // every claim merged into this span, so a link to any of them lands here
                span.getElement().setAttribute("data-claims", seg.claimId());
            }
            text.add(span);
        }
        if (text.getComponentCount() == 0) {
            text.add(Parts.muted("The text of this source is not included in the case file."));
        }
        return text;
    }

    /** Only http(s) links become anchors; anything else (javascript:, data:) stays out of the page. */
    static boolean isWebAddress(String url) {
        String u = url == null ? "" : url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://");
    }
}
