package dossier.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import dossier.entity.v1.Entity;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.Party;
import dossier.sanctions.v1.ScreeningHit;
import dossier.web.client.EntityClient;
import dossier.web.client.ServiceException;
import dossier.web.model.Formats;

/** Each party with its roles, countries and the list entries that name it. */
final class PartiesSection {

    private PartiesSection() {
    }

    static Component of(CaseFile file, EntityClient entities) {
        Div root = new Div();
        root.setId("parties");
        if (file.getPartiesCount() == 0) {
            root.add(Parts.empty("No parties yet."));
        }
        file.getPartiesList().forEach(p -> root.add(party(p, entities)));
        return root;
    }

    private static Div party(Party p, EntityClient entities) {
        H3 name = new H3(p.getName());
        name.addClassName("party-name");
        Div head = Parts.row(name);
        if (!p.getSchema().isBlank()) {
            head.add(Parts.badge(Formats.humanize(p.getSchema()), "badge contrast"));
        }
        p.getRolesList().forEach(r -> head.add(Parts.badge(Formats.humanize(r), "badge")));
        if (p.getHitsCount() > 0) {
            head.add(Parts.badge(p.getHitsCount() + (p.getHitsCount() == 1 ? " list hit" : " list hits"), "badge error"));
        }
        if (!p.getEntityId().isBlank()) {
            Button details = new Button("Entity details", e -> showEntity(entities, p.getEntityId()));
            details.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            head.add(details);
        }
        Div card = Parts.card(head, Parts.row(Parts.labelled("Countries", Formats.joined(p.getCountriesList()))));
        card.setId("party-" + (p.getEntityId().isBlank() ? Integer.toHexString(p.getName().hashCode()) : p.getEntityId()));
        card.addClassName("party");
        if (p.getHitsCount() > 0) {
            card.add(hits(p));
        } else {
            card.add(Parts.muted("No list hits."));
        }
        return card;
    }

    private static Grid<ScreeningHit> hits(Party p) {
        Grid<ScreeningHit> grid = new Grid<>();
        grid.addClassName("party-hits");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ScreeningHit::getList).setHeader("List").setFlexGrow(2);
        grid.addColumn(ScreeningHit::getProgram).setHeader("Program").setFlexGrow(1);
        grid.addColumn(ScreeningHit::getReference).setHeader("Reference").setFlexGrow(1);
        grid.addColumn(h -> Formats.percent(h.getScore())).setHeader("Score").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> Formats.orDash(h.getListedOn())).setHeader("Listed").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> Formats.orDash(h.getJurisdictionNote())).setHeader("Jurisdiction").setFlexGrow(4);
        grid.setItems(p.getHitsList());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static void showEntity(EntityClient entities, String id) {
        Entity e;
        try {
            e = entities.getEntity(id);
        } catch (ServiceException ex) {
            Notices.error(ex.getMessage());
            return;
        }
        Dialog d = new Dialog();
        d.setHeaderTitle(e.getCaption());
        d.setWidth("40em");
        Div body = new Div();
        body.add(Parts.row(Parts.labelled("Schema", Formats.humanize(e.getSchema().name())),
                Parts.labelled("Countries", Formats.joined(e.getCountriesList())),
                Parts.labelled("Born", Formats.joined(e.getBirthDatesList()))));
        body.add(Parts.row(Parts.labelled("Positions", Formats.joined(e.getPositionsList()))));
        Div names = new Div();
        e.getNamesList().forEach(n -> names.add(new Div(new Span(n.getValue()),
                Parts.muted("  " + Formats.humanize(n.getKind().name()) + (n.getScript().isBlank() ? "" : ", " + n.getScript())))));
        body.add(new H3("Names"), names);
        Div ids = new Div();
        e.getIdentifiersList().forEach(i -> ids.add(new Div(new Span(i.getScheme() + ": " + i.getValue()))));
        if (e.getIdentifiersCount() > 0) {
            body.add(new H3("Identifiers"), ids);
        }
        d.add(body);
        d.getFooter().add(new Button("Close", ev -> d.close()));
        d.open();
    }
}
