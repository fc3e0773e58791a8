package dossier.web.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import dossier.sanctions.v1.CaseFile;
import dossier.web.model.Badge;
import dossier.web.model.Badges;
import dossier.web.model.Formats;
import dossier.web.model.Overview;
import dossier.web.model.Section;
import dossier.web.model.Target;

/**
 * The top of a case file: incidents × engaged measures (outcome colour, confidence, override mark),
 * listed parties, open conflicts and staleness, each a link to its detail below.
 */
final class OverviewPanel {

    private OverviewPanel() {
    }

    static Div of(CaseFile file, Overview o, boolean evaluating) {
        Div root = new Div();
        root.setId("overview");
        root.addClassName("overview");
        H3 heading = new H3("At a glance");
        heading.setId("overview-heading");
        root.add(heading);
        root.getElement().setAttribute("role", "region");
        root.getElement().setAttribute("aria-labelledby", "overview-heading");

        Div matrix = new Div();
        matrix.addClassName("overview-matrix-box");
        if (o.rows().isEmpty()) {
            Span none = new Span(file.getVerdictsCount() == 0 ? "No verdicts yet."
                    : "No incident engages a measure (" + file.getVerdictsCount() + " verdicts).");
            none.setId("overview-matrix");
            matrix.add(Links.to(none, new Target(Section.VERDICTS, "verdicts", ""), null));
        } else {
            matrix.getElement().appendChild(table(file, o));
        }
        Div facts = new Div(parties(o), conflicts(o), staleness(file, o, evaluating));
        facts.addClassName("overview-facts");
        root.add(matrix, facts);
        return root;
    }

    private static Element table(CaseFile file, Overview o) {
        Element table = new Element("table");
        table.setAttribute("id", "overview-matrix");
        table.getClassList().add("matrix");
        Element caption = new Element("caption");
        caption.setText("Incidents × engaged measures" + (o.measuresNotEngaged() > 0
                ? " (" + o.measuresNotEngaged() + " more measures not engaged)" : ""));
        table.appendChild(caption);
        Element head = new Element("tr");
        Element corner = new Element("th");
        corner.setAttribute("scope", "col");
        corner.setText("Incident");
        head.appendChild(corner);
        for (Overview.Column c : o.columns()) {
            Element th = new Element("th");
            th.setAttribute("scope", "col");
            th.setAttribute("title", c.title());
            th.setText(c.measureId());
            head.appendChild(th);
        }
        Element thead = new Element("thead");
        thead.appendChild(head);
        table.appendChild(thead);
        Element body = new Element("tbody");
        for (Overview.Row r : o.rows()) {
            Element tr = new Element("tr");
            Element th = new Element("th");
            th.setAttribute("scope", "row");
            th.setText(r.label());
            tr.appendChild(th);
            for (Overview.Column c : o.columns()) {
                Element td = new Element("td");
                Overview.Cell cell = o.cell(file, r.incidentId(), c.measureId());
                if (cell.present()) {
                    td.appendChild(cell(r, c, cell));
                } else {
                    td.setText("—");
                    td.getClassList().add("muted");
                }
                tr.appendChild(td);
            }
            body.appendChild(tr);
        }
        table.appendChild(body);
        return table;
    }

    private static Element cell(Overview.Row r, Overview.Column c, Overview.Cell cell) {
        Badge badge = cell.badge();
        Element link = new Element("span");
        link.setAttribute("id", "cell-" + r.incidentId() + "-" + c.measureId());
        link.setAttribute("theme", badge.theme());
        link.getClassList().add("matrix-cell");
        String text = badge.label() + " · " + Formats.percent(cell.confidence()) + (cell.overridden() ? " ✎" : "");
        link.setText(text);
        String aria = c.measureId() + " for " + r.label() + ": " + badge.label() + ", confidence "
                + Formats.percent(cell.confidence())
                + (cell.overridden() ? ", set by an analyst (computed: " + Badges.outcome(cell.computed(), cell.nature()).label() + ")" : "");
        link.setAttribute("aria-label", aria);
        link.setAttribute("title", aria);
        link.setAttribute(Links.TARGET, cell.target().encode());
        link.setAttribute("role", "link");
        link.setAttribute("tabindex", "0");
        link.getClassList().add("go");
        return link;
    }

    private static Div parties(Overview o) {
        Div box = new Div(Parts.muted("Listed parties (" + o.listedParties().size() + ")"));
        box.setId("overview-parties");
        box.addClassName("overview-fact");
        if (o.listedParties().isEmpty()) {
            box.add(new Div(new Span("No party is on a list.")));
        }
        for (Overview.ListedParty p : o.listedParties()) {
            Span chip = new Span(p.name() + " — " + String.join(", ", p.listings()));
            chip.setId("overview-party-" + p.entityId());
            chip.addClassName("listed-chip");
            box.add(new Div(Links.to(chip, p.target(), p.name() + ", listed: " + String.join(", ", p.listings()))));
        }
        return box;
    }

    private static Div conflicts(Overview o) {
        Span count = new Span(o.openConflicts() == 0 ? "None" : String.valueOf(o.openConflicts()));
        count.setId("overview-conflicts");
        count.addClassName("big-number");
        Links.to(count, Target.conflicts(), o.openConflicts() + " open conflicts between the sources");
        Div box = new Div(Parts.muted("Open conflicts"), new Div(count));
        box.addClassName("overview-fact");
        return box;
    }

    private static Div staleness(CaseFile file, Overview o, boolean evaluating) {
        Overview.Staleness s = o.staleness();
        Span state;
        if (evaluating) {
            state = Parts.badge("Evaluation running…", "badge");
        } else if (s.neverEvaluated()) {
            state = Parts.badge("Not evaluated yet", "badge warning");
        } else if (s.stale()) {
            int n = s.staleSourceIds().size();
            state = Parts.badge(n + (n == 1 ? " source" : " sources") + " added since the last evaluation", "badge warning");
        } else {
            state = Parts.badge("Up to date", "badge success");
        }
        state.setId("overview-staleness");
        if (s.target() != null) {
            Links.to(state, s.target(), state.getText() + ": show the first such source");
        }
        Div box = new Div(Parts.muted("Verdicts"), new Div(state),
                Parts.muted("evaluated " + Formats.instant(file.getCase().getEvaluatedAt())));
        box.addClassName("overview-fact");
        return box;
    }
}
