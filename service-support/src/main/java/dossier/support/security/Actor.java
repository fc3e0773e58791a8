package dossier.support.security;

import java.util.Set;

/**
 * Who makes a call, as the verified token says: the user's name (preferred_username, or the
 * service account's client id) and the roles the service grants on it. Audit records, list-import
 * records and case history name this actor; the {@code analyst} fields of requests are never used
 * for authorisation.
 */
public record Actor(String name, Set<String> roles) {

    /** A call that carried no token (only reachable where the service is configured without sign-in, e.g. in tests). */
    public static final Actor ANONYMOUS = new Actor("anonymous", Set.of());

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean anonymous() {
        return this == ANONYMOUS || name.equals(ANONYMOUS.name);
    }
}
