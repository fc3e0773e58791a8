package dossier.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import dossier.sanctions.v1.GetCaseHistoryResponse;
import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.VerdictChange;
import dossier.web.client.CaseClient;
import dossier.web.client.ServiceException;
import dossier.web.model.Badges;
import dossier.web.model.Formats;
import dossier.web.model.HistoryFormats;
import dossier.web.model.Page;
import java.util.List;

/**
 * Every change of the case's verdicts (evaluations and overrides), newest first, a page at a time
 * from GetCaseHistory. Loaded when first shown, so opening the case file costs no extra call.
 */
final class HistorySection extends Div {

    static final int PAGE_SIZE = 20;

    private final CaseClient cases;
    private final String caseId;
    private final Grid<VerdictChange> grid = new Grid<>();
    private final Span range = new Span();
    private final Div status = new Div();
    private Page page = Page.first(PAGE_SIZE);
    private final Button newer = new Button("Newer", e -> load(page.previous()));
    private final Button older = new Button("Older", e -> load(page.next()));
    private boolean loaded;

    HistorySection(CaseClient cases, String caseId) {
        this.cases = cases;
        this.caseId = caseId;
        setId("history");
        setWidthFull();
        grid.setId("history-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(c -> Formats.instant(c.getChangedAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(HistoryFormats::measure).setHeader("Measure").setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(HistorySection::outcome)).setHeader("Outcome").setFlexGrow(2);
        grid.addColumn(HistoryFormats::confidenceChange).setHeader("Confidence").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> Formats.orDash(c.getReason())).setHeader("Reason").setFlexGrow(3);
        grid.addColumn(c -> Formats.orDash(c.getChangedBy())).setHeader("By").setFlexGrow(1);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText("No changes yet: the history starts with the first evaluation.");

        range.setId("history-range");
        range.addClassName("muted");
        newer.setId("history-newer");
        older.setId("history-older");
        newer.addThemeVariants(ButtonVariant.LUMO_SMALL);
        older.addThemeVariants(ButtonVariant.LUMO_SMALL);
        status.setId("history-status");
        add(Parts.row(range, newer, older), status, grid);
        addAttachListener(e -> {
            if (!loaded) {
                load(page);
            }
        });
    }

    private void load(Page wanted) {
        loaded = true;
        status.removeAll();
        List<VerdictChange> changes;
        try {
            GetCaseHistoryResponse r = cases.caseHistory(caseId, wanted.limit(), wanted.offset());
            changes = r.getChangesList();
            page = wanted.withTotal(r.getTotal());
        } catch (ServiceException e) {
            changes = List.of();
            page = wanted.withTotal(0);
            status.add(Parts.empty(e.getMessage()));
            Notices.error(e.getMessage());
        }
        grid.setItems(changes);
        range.setText("Changes " + page.label(changes.size()));
        newer.setEnabled(page.hasPrevious());
        older.setEnabled(page.hasNext());
    }

    /** "Likely violation → [No violation]": the new outcome in its colour, so a change to a breach stands out. */
    private static Span outcome(VerdictChange c) {
        Span s = new Span(Parts.muted(HistoryFormats.outcomeBefore(c) + " → "));
        s.add(c.getNewOutcome() == Outcome.OUTCOME_UNSPECIFIED
                ? Parts.muted("no longer evaluated") : Parts.badge(Badges.outcome(c.getNewOutcome())));
        s.getElement().setAttribute("title", HistoryFormats.outcomeChange(c));
        s.addClassName("history-outcome");
        return s;
    }
}
