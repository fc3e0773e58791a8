package dossier.web.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.DefaultAccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import dossier.support.security.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.security.Principal;
import java.util.List;
import java.util.function.Predicate;

/**
 * Each screen names the roles that may open it ({@code @RolesAllowed} on the route class); Vaadin's
 * navigation access control enforces them on every navigation, with the roles of the signed-in
 * user's token. A screen a role may not open answers as if it did not exist.
 */
@ApplicationScoped
public class RouteAccess {

    void install(@Observes ServiceInitEvent event) {
        NavigationAccessControl control = new TokenRolesAccessControl();
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(control));
    }

    /** Vaadin's annotation checks, fed with the identity Quarkus established from the sign-in. */
    static final class TokenRolesAccessControl extends NavigationAccessControl {

        TokenRolesAccessControl() {
            super(List.of(new AnnotatedViewAccessChecker()), new DefaultAccessCheckDecisionResolver());
        }

        @Override
        protected Principal getPrincipal(VaadinRequest request) {
            Actor user = SignedInUser.current();
            return user.anonymous() ? null : user::name;
        }

        @Override
        protected Predicate<String> getRolesChecker(VaadinRequest request) {
            Actor user = SignedInUser.current();
            return user::has;
        }
    }
}
