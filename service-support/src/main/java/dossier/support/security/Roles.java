package dossier.support.security;

/**
 * The security roles of Dossier, as the identity provider grants them (realm roles in Keycloak).
 * What each may do is enforced per RPC with {@code @RolesAllowed} on the gRPC services, and listed
 * in the README's Security section; {@code deploy/keycloak/dossier-realm.json} declares them.
 */
public final class Roles {

    /** Reads cases, creates cases, adds sources, evaluates, writes notes. */
    public static final String ANALYST = "analyst";
    /** An analyst who also overrides verdicts, dismisses hits, judges same-entity pairs and closes cases. */
    public static final String REVIEWER = "reviewer";
    /** Imports lists and writes list-owned entities (nobody else may). */
    public static final String LIST_ADMIN = "list-admin";
    /** A service account of an integrating system: reads, creates cases, ingests sources. */
    public static final String INTEGRATOR = "integrator";
    /** Reads the audit log. */
    public static final String AUDITOR = "auditor";

    private Roles() {
    }
}
