package dossier.web.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import dossier.support.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.ListCasesResponse;
import dossier.web.client.CaseClient;
import dossier.web.client.ServiceException;
import dossier.web.model.Badges;
import dossier.web.model.Formats;
import jakarta.inject.Inject;
import java.util.List;

/** All cases, newest first, and the way to open a new one. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Cases · Dossier")
public class CaseListView extends VerticalLayout implements BeforeEnterObserver {

    static final int PAGE = 200;

    private final CaseClient cases;
    private final Grid<Case> grid = new Grid<>();
    private final Div status = new Div();

    @Inject
    public CaseListView(CaseClient cases) {
        this.cases = cases;
        addClassName("page");
        setSizeFull();

        Button create = new Button("New case", e -> new NewCaseDialog(cases, this::opened).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-case-button");
        create.setVisible(SignedInUser.mayWork());
        add(Parts.row(new H2("Cases"), create));

        grid.setId("cases-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(new ComponentRenderer<>(c -> {
            Span t = new Span(c.getTitle());
            t.setId("case-row-" + c.getId());
            return t;
        })).setHeader("Title").setFlexGrow(3);
        grid.addColumn(new ComponentRenderer<>(c -> Parts.badge(Badges.caseStatus(c.getStatus()))))
                .setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> Formats.orDash(c.getAssignedAnalyst())).setHeader("Analyst").setFlexGrow(1);
        grid.addColumn(c -> Formats.instant(c.getCreatedAt())).setHeader("Created").setAutoWidth(true);
        grid.addColumn(c -> Formats.instant(c.getEvaluatedAt())).setHeader("Last evaluated").setAutoWidth(true);
        grid.addItemClickListener(e -> opened(e.getItem()));
        grid.setEmptyStateText("No cases yet: open one with \"New case\".");

        status.setId("cases-status");
        add(status, grid);
        setFlexGrow(1, grid);
        if (SignedInUser.mayWork()) {
            refresh();
        }
    }

    /**
     * The start page of everyone signed in: who may not read cases is sent to the screen their
     * role is for (a list admin to screening, an auditor to the audit log).
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SignedInUser.mayWork()) {
            return;
        }
        if (SignedInUser.hasAny(Roles.LIST_ADMIN)) {
            event.forwardTo(ScreeningView.class);
        } else if (SignedInUser.hasAny(Roles.AUDITOR)) {
            event.forwardTo(AuditView.class);
        } else {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "Your roles open no screen of Dossier");
        }
    }

    void refresh() {
        status.removeAll();
        try {
            ListCasesResponse page = cases.listCases(PAGE, 0);
            grid.setItems(page.getCasesList());
            if (page.getTotal() > page.getCasesCount()) {
                status.add(Parts.muted("Showing the newest " + page.getCasesCount() + " of " + page.getTotal() + " cases."));
            }
        } catch (ServiceException e) {
            grid.setItems(List.of());
            status.add(Parts.empty(e.getMessage()));
            Notices.error(e.getMessage());
        }
    }

    private void opened(Case c) {
        getUI().ifPresent(ui -> ui.navigate(CaseFileView.class, new RouteParameters("id", c.getId())));
    }
}
