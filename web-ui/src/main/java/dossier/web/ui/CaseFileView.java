package dossier.web.ui;

import static dossier.support.security.Roles.ANALYST;
import static dossier.support.security.Roles.REVIEWER;
import static dossier.support.security.Roles.INTEGRATOR;
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
import dossier.sanctions.v1.Measure;
import dossier.support.model.EventModel;
import dossier.web.client.CaseClient;
import dossier.web.client.EntityClient;
import dossier.web.client.MeasureClient;
import dossier.web.client.ServiceException;
import dossier.web.client.SourceClient;
import dossier.web.model.Badges;
import dossier.web.model.CaseFileIndex;
import dossier.web.model.Formats;
import dossier.web.model.Network;
import dossier.web.model.Overview;
import dossier.web.model.Section;
import dossier.web.model.Target;
import dossier.web.model.Timeline;
import jakarta.inject.Inject;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.function.Supplier;
import java.util.List;
import java.util.Map;

/**
 * One case file: header (status, analyst, notes, export), warnings, the overview, and the verdicts,
 * timeline, network, parties, conflicts, sources, claims and history. Fed by GetCaseFile, read
 * again after every change. Every link in it (a matrix cell, a timeline mark, a sentence) names a
 * {@link Target}; one listener here selects the tab and lands on the element.
 */
@Route(value = "cases/:id", layout = MainLayout.class)
@OpenTo({ANALYST, REVIEWER, INTEGRATOR})
public class CaseFileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseClient cases;
    private final SourceClient sources;
    private final EntityClient entities;
    private final MeasureClient measureClient;
    private final EventModel model = EventModel.standard();
    /** The measures' adoption dates, read once per view (they change only with a new release). */
    private List<Measure> measures;
    private String caseId;
    private TabSheet tabs;
    private final Map<Section, Tab> tabOf = new EnumMap<>(Section.class);
    private final Map<Tab, Runnable> unbuilt = new HashMap<>();
    /** Counts the case file's loads, so a slow second round trip never fills in an older load's tabs. */
    private int loads;
    private Div overview;
    /** The case file on the page. */
    private CaseFile file;
    /** Set while files just added wait for the re-evaluation source-service starts after each. */
    private boolean evaluating;
    private String title = "Case · Dossier";
    /** The tab the analyst is on, kept when the case file is read again after a change. */
    private int selectedTab;

    @Inject
    public CaseFileView(CaseClient cases, SourceClient sources, EntityClient entities, MeasureClient measures) {
        this.cases = cases;
        this.sources = sources;
        this.entities = entities;
        this.measureClient = measures;
        addClassName("page");
        setSpacing(false);
        Links.onActivate(getElement(), Links.TARGET, encoded -> Target.decode(encoded).ifPresent(this::go));
    }

    /** Selects the target's tab and scrolls to its element (to the claim's span inside it for a sentence). */
    void go(Target target) {
        Tab tab = tabOf.get(target.section());
        if (tabs == null || tab == null) {
            return;
        }
        tabs.setSelectedTab(tab);
        getElement().executeJs(LAND, target.elementId(), target.claimId());
    }

    /**
     * Waits until the element is shown (the tab's content is attached in the same round trip), then
     * marks it, scrolls it to the middle and moves the keyboard focus there.
     */
    private static final String LAND = """
            const id = $0, claim = $1; let tries = 0;
            const land = () => {
              let el = document.getElementById(id);
              if (el && claim) {
                const span = el.querySelector('[data-claims~="' + CSS.escape(claim) + '"]');
                if (span) { el = span; }
              }
              if (!el || el.getClientRects().length === 0) {
                if (tries++ < 60) { setTimeout(land, 50); }
                return;
              }
              document.querySelectorAll('.landed').forEach(e => e.classList.remove('landed'));
              el.classList.add('landed');
              if (!el.hasAttribute('tabindex')) { el.setAttribute('tabindex', '-1'); }
              el.scrollIntoView({block: 'center'});
              el.focus({preventScroll: true});
            };
            requestAnimationFrame(land);
            """;

    private List<Measure> measures() {
        if (measures == null) {
            try {
                measures = measureClient.listMeasures();
            } catch (ServiceException e) {
                // the timeline falls back to the years the verdicts' citations name
                measures = List.of();
            }
        }
        return measures;
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
        this.file = file;
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
        overview = OverviewPanel.of(file, Overview.of(file), evaluating);
        add(overview);
        // the overview first: the tabs follow in the next round trip, once the browser has drawn it
        Div below = new Div();
        below.setId("case-sections");
        below.setWidthFull();
        add(below);
        int load = ++loads;
        tabs = null;
        getElement().executeJs("return 0").then(ignored -> {
            if (load == loads) {
                below.add(sections(file, actions));
            }
        });
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
        Button addFiles = new Button("Add files",
                e -> new AddSourcesDialog(sources, caseId, this::awaitEvaluation).open());
        addFiles.setId("add-files-button");
        // what the user's roles do not allow is not offered (the services refuse it anyway)
        evaluate.setVisible(SignedInUser.mayEvaluate());
        addSource.setVisible(SignedInUser.mayWork());
        addFiles.setVisible(SignedInUser.mayWork());

        ExportBar export = new ExportBar(cases, caseId);
        export.addClassName("push-right");
        Div top = Parts.row(h, status, evaluate, addSource, addFiles, export);
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
        tabs = new TabSheet();
        tabs.setId("case-tabs");
        tabs.setWidthFull();
        tabOf.clear();
        unbuilt.clear();
        for (Section section : Section.values()) {
            switch (section) {
                case VERDICTS -> tab(section, file.getVerdictsCount(), () -> VerdictsSection.of(file, actions, index));
                case TIMELINE -> tab(section, -1, () -> TimelineSection.of(file, Timeline.of(file, measures()), index));
                case NETWORK -> tab(section, -1, () -> NetworkSection.of(file, Network.of(file, model), index));
                case PARTIES -> tab(section, file.getPartiesCount(), () -> PartiesSection.of(file, actions));
                case CONFLICTS -> tab(section, file.getConflictsCount(), () -> ConflictsSection.of(file, index));
                case SOURCES -> tab(section, file.getSourcesCount(), () -> SourcesSection.of(file, index));
                case CLAIMS -> tab(section, file.getClaimsCount(), () -> ClaimsSection.of(file, index));
                case HISTORY -> tab(section, -1, () -> new HistorySection(cases, caseId));
            }
        }
        tabs.setSelectedIndex(selectedTab);
        build(tabs.getSelectedTab());
        tabs.addSelectedChangeListener(e -> {
            selectedTab = tabs.getSelectedIndex();
            build(e.getSelectedTab());
        });
        return tabs;
    }

    /**
     * Each tab's content is built when the tab is first shown: the page of a case of many sources
     * sends the overview and the open tab, not fifty source texts nobody has asked for yet.
     */
    private void tab(Section section, int count, Supplier<Component> body) {
        Tab tab = new Tab(section.label() + (count < 0 ? "" : " (" + count + ")"));
        tab.setId(section.tabId());
        Div holder = new Div();
        holder.setWidthFull();
        tabs.add(tab, holder);
        tabOf.put(section, tab);
        unbuilt.put(tab, () -> holder.add(body.get()));
    }

    private void build(Tab tab) {
        Runnable pending = tab == null ? null : unbuilt.remove(tab);
        if (pending != null) {
            pending.run();
        }
    }

    /** How long the page waits for the evaluation after added files before it says so. */
    static final Duration EVALUATION_WAIT = Duration.ofSeconds(60);

    /**
     * Files were added: source-service re-evaluates the case after each. The overview says the
     * evaluation is running; a background watcher asks for the case until its evaluation is newer
     * than the last source, then pushes the fresh case file to the page (no reload by the analyst).
     */
    void awaitEvaluation(String lastIngestedAt) {
        evaluating = true;
        showOverview();
        UI ui = UI.getCurrent();
        String id = caseId;
        Instant after = parse(lastIngestedAt);
        Thread.ofVirtual().name("dossier-await-evaluation").start(SignedInUser.carryingToken(() -> {
            long until = System.nanoTime() + EVALUATION_WAIT.toNanos();
            while (System.nanoTime() < until) {
                try {
                    Thread.sleep(400);
                    Instant evaluated = parse(cases.getCase(id).getEvaluatedAt());
                    if (evaluated != null && (after == null || evaluated.isAfter(after))) {
                        ui.access(() -> {
                            evaluating = false;
                            reload();
                            Notices.success("Evaluation finished: the case file is up to date");
                        });
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (ServiceException e) {
                    // sanctions-service busy or away for a moment: ask again until the time is up
                }
            }
            ui.access(() -> {
                evaluating = false;
                showOverview();
                Notices.error("The evaluation has not finished after " + EVALUATION_WAIT.toSeconds()
                        + " s: Evaluate runs it again");
            });
        }));
    }

    private void showOverview() {
        if (file != null && overview != null) {
            Div fresh = OverviewPanel.of(file, Overview.of(file), evaluating);
            replace(overview, fresh);
            overview = fresh;
        }
    }

    private static Instant parse(String iso) {
        try {
            return iso == null || iso.isBlank() ? null : Instant.parse(iso);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
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
