package dossier.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import dossier.sanctions.v1.CaseFile;
import dossier.source.v1.Conflict;
import dossier.source.v1.Corroboration;
import dossier.source.v1.SlotValue;
import dossier.web.model.CaseFileIndex;
import dossier.web.model.Formats;
import java.util.stream.Collectors;

/** Where the sources disagree (each competing value with its sources), then where they agree. */
final class ConflictsSection {

    private ConflictsSection() {
    }

    static Component of(CaseFile file, CaseFileIndex index) {
        Div root = new Div();
        root.setId("conflicts");
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
            c.getValuesList().forEach(v -> card.add(value(v, index)));
            root.add(card);
        }
        H3 corroborations = new H3("Corroborations (" + file.getCorroborationsCount() + ")");
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
            if (c.getRefinementsCount() > 0) {
                card.add(Parts.labelled("Refinements", String.join("; ", c.getRefinementsList())));
            }
            root.add(card);
        }
        return root;
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
