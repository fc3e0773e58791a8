package dossier.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dossier.audit.v1.AuditEntry;
import dossier.audit.v1.VerifyAuditLogResponse;
import dossier.support.security.Roles;
import dossier.web.client.AuditClient;
import dossier.web.client.ServiceException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Who changed what and when, across the three services, newest first; above it, whether each
 * service's hash chain verifies.
 */
@Route(value = "audit", layout = MainLayout.class)
@OpenTo(Roles.AUDITOR)
@PageTitle("Audit log · Dossier")
public class AuditView extends VerticalLayout {

    static final int PAGE = 50;

    private final AuditClient audit;
    private final Div verification = new Div();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Button older = new Button("Older entries", e -> more());
    private final List<AuditEntry> shown = new ArrayList<>();
    private dossier.web.model.MergedAuditLog log;

    @Inject
    public AuditView(AuditClient audit) {
        this.audit = audit;
        addClassName("page");
        setSizeFull();
        verification.setId("audit-verification");
        grid.setId("audit-entries");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(AuditEntry::getAt).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(e -> wrapping(e.getActor()))).setHeader("Who").setFlexGrow(1);
        grid.addColumn(AuditEntry::getAction).setHeader("Action").setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(e -> wrapping(e.getTarget()))).setHeader("Target").setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(AuditView::change)).setHeader("Before → after").setFlexGrow(4);
        grid.addColumn(AuditEntry::getReason).setHeader("Reason").setFlexGrow(2);
        grid.addColumn(e -> e.getService() + " #" + e.getSequence()).setHeader("Entry").setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText("Nothing has been changed yet.");
        older.setId("audit-older");
        add(new H2("Audit log"), verification, grid, older);
        setFlexGrow(1, grid);
        reload();
    }

    private void reload() {
        verification.removeAll();
        for (String service : audit.services()) {
            verification.add(statusLine(service));
            verification.add(new Div());
        }
        log = new dossier.web.model.MergedAuditLog(audit.services(), (service, token) -> {
            try {
                return audit.page(service, token, PAGE);
            } catch (ServiceException e) {
                Notices.error(e.getMessage());
                return dossier.audit.v1.GetAuditLogResponse.getDefaultInstance();
            }
        });
        shown.clear();
        more();
    }

    /** The service's verification: quiet when its chain is intact, an error badge when not (or not verified). */
    private com.vaadin.flow.component.html.Span statusLine(String service) {
        String problem;
        try {
            VerifyAuditLogResponse v = audit.verify(service);
            if (v.getOk()) {
                return Parts.muted(service + ": chain intact (" + v.getEntries() + " entries)");
            }
            problem = service + ": BROKEN at entry " + v.getBrokenSequence() + " – " + v.getProblem();
        } catch (ServiceException e) {
            problem = service + ": not verified (" + e.getMessage() + ")";
        }
        return Parts.badge(problem, "badge error");
    }

    private void more() {
        shown.addAll(log.next(PAGE));
        grid.setItems(shown);
        older.setEnabled(log.hasMore());
    }

    /** Text of one token (ids, JSON, service accounts) wrapped anywhere rather than cut off by the cell. */
    private static com.vaadin.flow.component.html.Span wrapping(String text) {
        com.vaadin.flow.component.html.Span s = new com.vaadin.flow.component.html.Span(text);
        s.getStyle().set("overflow-wrap", "anywhere");
        return s;
    }

    /** Longest part of a before or after value shown in the grid; the whole value is its tooltip. */
    static final int CHANGE_SHOWN = 240;

    private static Div change(AuditEntry e) {
        Div d = new Div();
        d.getStyle().set("overflow-wrap", "anywhere");
        if (!e.getBefore().isEmpty()) {
            d.add(Parts.muted(dossier.web.model.Timeline.shorten(e.getBefore(), CHANGE_SHOWN) + " → "));
        }
        d.add(new com.vaadin.flow.component.html.Span(dossier.web.model.Timeline.shorten(e.getAfter(), CHANGE_SHOWN)));
        if (e.getBefore().length() > CHANGE_SHOWN || e.getAfter().length() > CHANGE_SHOWN) {
            d.getElement().setAttribute("title", e.getBefore().isEmpty() ? e.getAfter() : e.getBefore() + " → " + e.getAfter());
        }
        return d;
    }
}
