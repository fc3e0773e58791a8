package dossier.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import dossier.sanctions.v1.CaseFile;
import dossier.source.v1.Conflict;
import dossier.source.v1.Corroboration;
import dossier.source.v1.SlotValue;
import dossier.source.v1.Source;
import dossier.web.model.CaseFileIndex;
import dossier.web.model.ConflictSides;
import dossier.web.model.Formats;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the sources disagree, side by side: a column per competing value with the independent
 * lines behind it and each source's own sentence (the value marked in it, outlet and date, a link
 * to the sentence in its source); then where they agree, refinements among them.
 */
final class ConflictsSection {

    private ConflictsSection() {
    }

    static Component of(CaseFile file, CaseFileIndex index) {
        Div root = new Div();
        root.setId("conflicts");
        Map<String, Source> sources = new LinkedHashMap<>();
        file.getSourcesList().forEach(s -> sources.put(s.getId(), s));
        if (file.getConflictsCount() == 0) {
            root.add(Parts.empty("The sources do not contradict each other."));
        }
        for (Conflict c : file.getConflictsList()) {
            Span description = new Span(c.getDescription());
            description.getStyle().set("font-weight", "600");
            Div card = Parts.card(Parts.row(Parts.badge("Conflict", "badge error"), description));
            card.setId("conflict-" + c.getId());
            card.addClassName("conflict");
            card.add(slot(c.getSlot()));
            Div sides = new Div();
            sides.addClassName("sides");
            sides.getStyle().set("grid-template-columns", "repeat(" + Math.max(1, c.getValuesCount()) + ", minmax(0, 1fr))");
            for (ConflictSides.Side side : ConflictSides.of(c, index, sources)) {
                sides.add(side(c, side));
            }
            card.add(sides);
            root.add(card);
        }
        H3 corroborations = new H3("Agreeing (" + file.getCorroborationsCount() + ")");
        corroborations.getStyle().set("margin-top", "var(--lumo-space-l)");
        root.add(corroborations);
        if (file.getCorroborationsCount() == 0) {
            root.add(Parts.empty("No value is supported by more than one source yet."));
        }
        for (Corroboration c : file.getCorroborationsList()) {
            Span description = new Span(c.getDescription());
            Div card = Parts.card(Parts.row(Parts.badge("Agreed", "badge success"), description), slot(c.getSlot()));
            card.addClassName("corroboration");
            if (c.hasValue()) {
                card.add(value(c.getValue(), index));
            }
            // a refinement says more, not something else: it agrees
            for (String r : c.getRefinementsList()) {
                Div line = Parts.row(Parts.badge("Agrees, refines", "badge success"), new Span(r));
                line.addClassName("refinement");
                card.add(line);
            }
            root.add(card);
        }
        return root;
    }

    private static Div side(Conflict c, ConflictSides.Side side) {
        Span value = new Span("“" + side.value() + "”");
        value.addClassName("slot-value");
        Span lines = Parts.badge(side.independentLines() + (side.independentLines() == 1
                ? " independent line" : " independent lines"), "badge contrast");
        Div column = new Div(Parts.row(value, lines));
        column.addClassName("side");
        for (ConflictSides.Witness w : side.witnesses()) {
            Div witness = new Div();
            witness.addClassName("witness");
            witness.add(Parts.muted(Formats.orDash(w.outlet()) + " · " + Formats.orDash(w.published())));
            witness.add(new Div(new Span(w.sourceTitle())));
            if (!w.sentence().isBlank()) {
                Span sentence = new Span();
                sentence.addClassName("quote");
                Element e = sentence.getElement();
                if (w.markStart() >= 0) {
                    e.appendChild(Element.createText("“" + w.sentence().substring(0, w.markStart())));
                    Element mark = new Element("mark");
                    mark.setText(w.sentence().substring(w.markStart(), w.markEnd()));
                    e.appendChild(mark);
                    e.appendChild(Element.createText(w.sentence().substring(w.markEnd()) + "”"));
                } else {
                    e.setText("“" + w.sentence() + "”");
                }
                sentence.setId("conflict-" + c.getId() + "-" + w.claimId());
                Links.to(sentence, w.target(), "Open in " + w.sourceTitle() + ": " + w.sentence());
                witness.add(new Div(sentence));
            } else {
                Span open = new Span("Open the source");
                witness.add(new Div(Links.to(open, w.target(), "Open " + w.sourceTitle())));
            }
            column.add(witness);
        }
        return column;
    }

    private static Span slot(String slot) {
        Span s = new Span(slot);
        s.addClassName("slot");
        return s;
    }

    private static Div value(SlotValue v, CaseFileIndex index) {
        Span value = new Span(v.getValue());
        value.getStyle().set("font-weight", "600");
        value.addClassName("slot-value");
        Span lines = Parts.badge(v.getIndependentLines() + (v.getIndependentLines() == 1
                ? " independent line" : " independent lines"), "badge contrast");
        String sources = v.getSourceIdsList().stream().map(index::sourceTitle).collect(Collectors.joining("; "));
        Div row = new Div(value, new Div(lines), new Span(Formats.orDash(sources)));
        row.addClassName("value-row");
        return row;
    }
}
