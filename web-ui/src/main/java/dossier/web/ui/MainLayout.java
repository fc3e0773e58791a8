package dossier.web.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;

/**
 * The frame of every screen: a title bar with the analyst's name (kept for the session) and a
 * drawer with the two places an analyst goes.
 */
public class MainLayout extends AppLayout {

    private final TextField analyst = new TextField();
    private Registration followName;

    public MainLayout() {
        H1 title = new H1("Dossier");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

        analyst.setId("analyst-name");
        analyst.setPlaceholder("Your name");
        analyst.setAriaLabel("Analyst");
        analyst.setPrefixComponent(Parts.muted("Analyst"));
        analyst.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        analyst.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                AnalystSession.set(e.getValue());
            }
        });
        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        addToNavbar(new DrawerToggle(), title, spacer, analyst);

        SideNav nav = new SideNav();
        SideNavItem cases = new SideNavItem("Cases", CaseListView.class);
        cases.setId("nav-cases");
        SideNavItem screening = new SideNavItem("Screening", ScreeningView.class);
        screening.setId("nav-screening");
        SideNavItem audit = new SideNavItem("Audit log", AuditView.class);
        audit.setId("nav-audit");
        nav.addItem(cases, screening, audit);
        addToDrawer(nav);
    }

    /** Each screen is the page's main landmark, so a screen reader jumps straight to it. */
    @Override
    public void setContent(com.vaadin.flow.component.Component content) {
        super.setContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        analyst.setValue(AnalystSession.name());
        followName = AnalystSession.onChange(event.getUI(), name -> {
            if (!analyst.getValue().equals(name)) {
                analyst.setValue(name);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        followName.remove();
        super.onDetach(event);
    }
}
