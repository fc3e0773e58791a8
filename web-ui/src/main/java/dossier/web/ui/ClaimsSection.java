package dossier.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dossier.sanctions.v1.CaseFile;
import dossier.source.v1.AttributionLink;
import dossier.source.v1.Claim;
import dossier.web.model.Badges;
import dossier.web.model.CaseFileIndex;
import dossier.web.model.Formats;
import java.util.stream.Collectors;

/** Every claim of the case in document order: what it says, how hedged, who says so, where. */
final class ClaimsSection {

    private ClaimsSection() {
    }

    static Component of(CaseFile file, CaseFileIndex index) {
        Grid<Claim> grid = new Grid<>();
        grid.setId("claims-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(c -> Formats.humanize(c.getType().name())).setHeader("Type").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Claim::getSummary).setHeader("Summary").setFlexGrow(4);
        grid.addColumn(new ComponentRenderer<>(c -> Parts.badge(Badges.modality(c.getModality()))))
                .setHeader("Modality").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> Formats.joined(c.getHedgesList())).setHeader("Hedges").setFlexGrow(1);
        grid.addColumn(ClaimsSection::attribution).setHeader("Attribution").setFlexGrow(2);
        grid.addColumn(c -> index.sourceTitle(c.getSourceId())).setHeader("Source").setFlexGrow(2);
        grid.addColumn(c -> Formats.percent(c.getConfidence())).setHeader("Conf.").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(file.getClaimsList());
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No claims yet.");
        return grid;
    }

    /** "Reuters (reports) › the minister (said) › a state agency (according to)": outermost first, as on the wire. */
    static String attribution(Claim c) {
        if (c.getAttributionCount() == 0) {
            return "—";
        }
        return c.getAttributionList().stream()
                .map(ClaimsSection::link)
                .collect(Collectors.joining(" › "));
    }

    private static String link(AttributionLink a) {
        return a.getVerb().isBlank() ? a.getName() : a.getName() + " (" + a.getVerb() + ")";
    }
}
