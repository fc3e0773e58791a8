package dossier.entity.matching;

/** How strongly a name stands for its entity; weak aliases count less in matching. */
public enum NameKind {
    PRIMARY(1.0), ALIAS(1.0), PREVIOUS(0.95), WEAK_ALIAS(0.85);

    private final double weight;

    NameKind(double weight) {
        this.weight = weight;
    }

    public double weight() {
        return weight;
    }
}
