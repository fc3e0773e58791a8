package dossier.web.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

/** The frame of every screen: a title bar and a drawer with the two places an analyst goes. */
public class MainLayout extends AppLayout {

    public MainLayout() {
        H1 title = new H1("Dossier");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        addToNavbar(new DrawerToggle(), title);

        SideNav nav = new SideNav();
        SideNavItem cases = new SideNavItem("Cases", CaseListView.class);
        cases.setId("nav-cases");
        SideNavItem screening = new SideNavItem("Screening", ScreeningView.class);
        screening.setId("nav-screening");
        nav.addItem(cases, screening);
        addToDrawer(nav);
    }
}
