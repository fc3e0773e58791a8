package dossier.web.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Each screen names the roles that may open it ({@link OpenTo}); this check runs before every
 * navigation with the roles of the signed-in user's token. A screen a role may not open shows
 * {@link ScreenNotOpen} (403) instead; a screen without the annotation is open to every signed-in user (the
 * HTTP layer already refuses anyone not signed in).
 */
@ApplicationScoped
public class RouteAccess {

    void install(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(RouteAccess::check));
    }

    static void check(BeforeEnterEvent event) {
        OpenTo open = event.getNavigationTarget().getAnnotation(OpenTo.class);
        if (open != null && !SignedInUser.hasAny(open.value())) {
            event.rerouteToError(AccessDeniedException.class, ScreenNotOpen.MESSAGE);
        }
    }
}
