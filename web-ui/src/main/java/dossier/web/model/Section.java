package dossier.web.model;

/** The tabs of a case file, in the order they are shown; each has the id of its tab. */
public enum Section {
    VERDICTS("tab-verdicts", "Verdicts"),
    TIMELINE("tab-timeline", "Timeline"),
    NETWORK("tab-network", "Network"),
    PARTIES("tab-parties", "Parties"),
    CONFLICTS("tab-conflicts", "Conflicts"),
    SOURCES("tab-sources", "Sources"),
    CLAIMS("tab-claims", "Claims"),
    HISTORY("tab-history", "History");

    private final String tabId;
    private final String label;

    Section(String tabId, String label) {
        this.tabId = tabId;
        this.label = label;
    }

    public String tabId() {
        return tabId;
    }

    public String label() {
        return label;
    }
}
