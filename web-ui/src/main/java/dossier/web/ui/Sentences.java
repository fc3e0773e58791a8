package dossier.web.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dossier.source.v1.Claim;
import dossier.source.v1.Source;
import dossier.web.model.Badges;
import dossier.web.model.CaseFileIndex;
import dossier.web.model.Formats;
import dossier.web.model.Target;
import java.util.Map;

/** A claim's sentence as a link that opens its source with the span highlighted. */
final class Sentences {

    private Sentences() {
    }

    static Div of(Claim c, CaseFileIndex index, Map<String, Source> sources, String id) {
        Source s = sources.get(c.getSourceId());
        String where = (s == null ? index.sourceTitle(c.getSourceId())
                : Formats.orDash(s.getOutlet().isBlank() ? index.sourceTitle(s.getId()) : s.getOutlet())
                        + (s.getPublishedDate().isBlank() ? "" : ", " + s.getPublishedDate()));
        Span source = Parts.muted(where + ": ");
        String text = c.hasSpan() && !c.getSpan().getText().isBlank() ? c.getSpan().getText() : c.getSummary();
        Span quote = new Span("“" + text + "”");
        quote.addClassName("quote");
        quote.setId(id);
        Links.to(quote, Target.sentence(c.getSourceId(), c.getId()),
                "Open in " + index.sourceTitle(c.getSourceId()) + ": " + text);
        Div line = new Div(source, quote, new Span(" "), Parts.badge(Badges.modality(c.getModality())));
        line.addClassName("sentence-line");
        return line;
    }
}
