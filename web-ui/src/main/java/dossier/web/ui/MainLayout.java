package dossier.web.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import dossier.support.security.Actor;
import dossier.support.security.Roles;

import java.util.TreeSet;

/**
 * The frame of every screen: a title bar with the signed-in user, their roles and the way to sign
 * out, and a drawer with the places their roles lead to.
 */
public class MainLayout extends AppLayout {

    public MainLayout() {
        H1 title = new H1("Dossier");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");

        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        addToNavbar(new DrawerToggle(), title, spacer, userBadge());

        SideNav nav = new SideNav();
        SideNavItem cases = new SideNavItem("Cases", CaseListView.class);
        cases.setId("nav-cases");
        SideNavItem screening = new SideNavItem("Screening", ScreeningView.class);
        screening.setId("nav-screening");
        SideNavItem audit = new SideNavItem("Audit log", AuditView.class);
        audit.setId("nav-audit");
        if (SignedInUser.mayWork()) {
            nav.addItem(cases);
        }
        if (SignedInUser.mayWork() || SignedInUser.hasAny(Roles.LIST_ADMIN)) {
            nav.addItem(screening);
        }
        if (SignedInUser.hasAny(Roles.AUDITOR)) {
            nav.addItem(audit);
        }
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

    /** Who is signed in, with their roles, and the way out (ends the identity provider's session too). */
    private static Div userBadge() {
        Actor user = SignedInUser.current();
        Span name = new Span(user.name());
        name.setId("signed-in-user");
        Span roles = Parts.muted(String.join(", ", new TreeSet<>(user.roles())));
        roles.setId("signed-in-roles");
        Anchor signOut = new Anchor("/logout", "Sign out");
        signOut.setId("sign-out");
        signOut.getElement().setAttribute("router-ignore", true);
        Div badge = new Div(name, roles, signOut);
        badge.addClassName("signed-in");
        badge.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "baseline")
                .set("margin-right", "var(--lumo-space-m)");
        return badge;
    }
}
