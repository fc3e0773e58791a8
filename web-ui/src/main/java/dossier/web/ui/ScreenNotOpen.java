package dossier.web.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a signed-in user sees on a screen their roles do not open ({@link RouteAccess}): a plain
 * page in the layout, naming the roles they have, answered 403 — not Vaadin's bare error text.
 */
@ParentLayout(MainLayout.class)
public class ScreenNotOpen extends Div implements HasErrorParameter<AccessDeniedException> {

    static final String MESSAGE = "This screen is not open to your roles";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("page");
        setId("screen-not-open");
        add(new H2(MESSAGE), new Paragraph("You are signed in with the roles: " + String.join(", ", new java.util.TreeSet<>(SignedInUser.current().roles()))
                + ". Ask an administrator of your identity provider for the role this screen needs."));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
