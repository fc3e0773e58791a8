package dossier.support.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The actor of the call being served, read from the security identity Quarkus established from
 * the request's bearer token. Outside a request (background work such as the re-evaluation sweep)
 * there is no identity: the caller names its own system actor.
 */
// looked up programmatically (the web UI's screens), so never removed as unused
@io.quarkus.arc.Unremovable
@ApplicationScoped
public class CurrentActor {

    @Inject
    Instance<SecurityIdentity> identity;

    /** The caller, or {@link Actor#ANONYMOUS} when the call carried no verified token or no request is active. */
    public Actor current() {
        try {
            SecurityIdentity id = identity.get();
            if (id == null || id.isAnonymous()) {
                return Actor.ANONYMOUS;
            }
            return new Actor(id.getPrincipal().getName(), id.getRoles());
        } catch (RuntimeException noRequestActive) {
            return Actor.ANONYMOUS;
        }
    }

    /** The caller, or the given system actor (e.g. "system:re-evaluation") for work no request started. */
    public Actor currentOr(String systemActor) {
        Actor actor = current();
        return actor.anonymous() ? new Actor(systemActor, java.util.Set.of()) : actor;
    }
}
