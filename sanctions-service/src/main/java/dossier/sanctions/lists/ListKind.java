package dossier.sanctions.lists;

import java.util.List;

/** The official lists the service reads, each with the file roles an import of it may carry. */
public enum ListKind {
    UN_CONSOLIDATED("UN", List.of("consolidated")),
    OFAC_SDN("OFAC", List.of("sdn", "add", "alt"));

    private final String label;
    private final List<String> roles;

    ListKind(String label, List<String> roles) {
        this.label = label;
        this.roles = roles;
    }

    /** The roles of this list's files; the first is required, the others optional. */
    public List<String> roles() {
        return roles;
    }

    public String requiredRole() {
        return roles.getFirst();
    }

    public String label() {
        return label;
    }
}
