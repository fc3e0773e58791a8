package dossier.web.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dossier.sanctions.v1.Case;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.EvaluateCaseResponse;
import dossier.web.client.CaseClient;
import dossier.web.client.EntityClient;
import dossier.web.client.ServiceException;
import dossier.web.client.SourceClient;
import dossier.web.model.Badges;
import dossier.web.model.CaseFileIndex;
import dossier.web.model.Formats;
import jakarta.inject.Inject;

/**
 * One case file: header (status, analyst, notes, export), warnings, and the verdicts, parties,
 * conflicts, sources, claims and history. Fed by GetCaseFile, read again after every change.
 */
@Route(value = "cases/:id", layout = MainLayout.class)
public class CaseFileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseClient cases;
    private final SourceClient sources;
    private final EntityClient entities;
    private String caseId;
    private String title = "Case · Dossier";
    /** The tab the analyst is on, kept when the case file is read again after a change. */
    private int selectedTab;

    @Inject
    public CaseFileView(CaseClient cases, SourceClient sources, EntityClient entities) {
        this.cases = cases;
        this.sources = sources;
        this.entities = entities;
        addClassName("page");
        setSpacing(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseId = event.getRouteParameters().get("id").orElse("");
        selectedTab = 0;
        reload();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    void reload() {
        removeAll();
        CaseFile file;
        try {
            file = cases.getCaseFile(caseId);
        } catch (ServiceException e) {
            // NOT_FOUND carries the service's own sentence; outages name the service
            Div error = Parts.empty(e.getMessage());
            error.setId("case-file-error");
            add(new H2("Case file"), error);
            Notices.error(e.getMessage());
            return;
        }
        title = file.getCase().getTitle() + " · Dossier";
        CaseActions actions = new CaseActions(cases, entities, caseId, this::reload);
        add(header(file.getCase(), actions));
        if (file.getWarningsCount() > 0) {
            Div warnings = new Div();
            warnings.setId("case-warnings");
            warnings.addClassName("warnings");
            file.getWarningsList().forEach(w -> warnings.add(Parts.badge(w, "badge warning")));
            add(warnings);
        }
        add(sections(file, actions));
    }

    private Div header(Case c, CaseActions actions) {
        H2 h = new H2(c.getTitle());
        h.setId("case-title");
        h.getStyle().set("margin", "0");
        var status = Parts.badge(Badges.caseStatus(c.getStatus()));
        status.setId("case-status");

        Button evaluate = new Button("Evaluate", e -> evaluate());
        evaluate.setId("evaluate-button");
        evaluate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        evaluate.setDisableOnClick(true);
        Button addSource = new Button("Add source",
                e -> new AddSourceDialog(sources, caseId, this::reload).open());
        addSource.setId("add-source-button");

        ExportBar export = new ExportBar(cases, caseId);
        export.addClassName("push-right");
        Div top = Parts.row(h, status, evaluate, addSource, export);
        Div meta = Parts.row(
                Parts.labelled("Analyst", Formats.orDash(c.getAssignedAnalyst())),
                Parts.labelled("Created", Formats.instant(c.getCreatedAt())),
                Parts.labelled("Last evaluated", Formats.instant(c.getEvaluatedAt())));
        meta.setId("case-meta");
        Div header = new Div(top, meta);
        if (!c.getDescription().isBlank()) {
            header.add(new Paragraph(c.getDescription()));
        }
        Details edit = new Details("Status, analyst and notes", new CaseEditor(c, actions));
        edit.setId("case-editor-details");
        // notes are read here too: open when there are some
        edit.setOpened(!c.getNotes().isBlank());
        header.add(edit);
        header.setWidthFull();
        return header;
    }

    private TabSheet sections(CaseFile file, CaseActions actions) {
        CaseFileIndex index = new CaseFileIndex(file);
        TabSheet tabs = new TabSheet();
        tabs.setId("case-tabs");
        tabs.setWidthFull();
        tab(tabs, "tab-verdicts", "Verdicts", file.getVerdictsCount(), VerdictsSection.of(file, actions));
        tab(tabs, "tab-parties", "Parties", file.getPartiesCount(), PartiesSection.of(file, actions));
        tab(tabs, "tab-conflicts", "Conflicts", file.getConflictsCount(), ConflictsSection.of(file, index));
        tab(tabs, "tab-sources", "Sources", file.getSourcesCount(), SourcesSection.of(file, index));
        tab(tabs, "tab-claims", "Claims", file.getClaimsCount(), ClaimsSection.of(file, index));
        Tab history = new Tab("History");
        history.setId("tab-history");
        tabs.add(history, new HistorySection(cases, caseId));
        tabs.setSelectedIndex(selectedTab);
        tabs.addSelectedChangeListener(e -> selectedTab = tabs.getSelectedIndex());
        return tabs;
    }

    private static void tab(TabSheet tabs, String id, String label, int count, com.vaadin.flow.component.Component body) {
        Tab tab = new Tab(label + " (" + count + ")");
        tab.setId(id);
        tabs.add(tab, body);
    }

    private void evaluate() {
        try {
            EvaluateCaseResponse r = cases.evaluateCase(caseId);
            Notices.success("Evaluated: " + r.getVerdictsCount() + " verdicts for "
                    + r.getIncidentsCount() + " incidents");
        } catch (ServiceException e) {
            Notices.error(e.getMessage());
        }
        selectedTab = 0;   // an evaluation changes the verdicts: show them
        reload();
    }
}
