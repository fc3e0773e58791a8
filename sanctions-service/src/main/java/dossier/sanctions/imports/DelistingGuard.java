package dossier.sanctions.imports;

import java.util.Locale;
import java.util.Optional;

/**
 * Refuses an import that would delist more than a share of a list's current designations (a
 * truncated or wrong file would otherwise silently stop screening from matching them), unless the
 * importer forces it and says why.
 */
public final class DelistingGuard {
    private final double maxShare;

    /** @param maxShare the largest share of active designations one import may delist unforced, 0..1 */
    public DelistingGuard(double maxShare) {
        if (!(maxShare >= 0 && maxShare <= 1)) {
            throw new IllegalArgumentException("the delisting share must lie between 0 and 1, got " + maxShare);
        }
        this.maxShare = maxShare;
    }

    /** Why the import must be forced, or empty when it delists no more than the share allowed. */
    public Optional<String> refusal(String listName, ImportDiff diff) {
        if (diff.delistedShare() <= maxShare) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT,
                "this import would delist %d of the %d current designations of the %s (%.1f %%), more than the %s %% "
                        + "one import may delist; check the files (a dry run shows the diff), or import with force and a reason",
                diff.delisted().size(), diff.activeBefore(), listName, 100 * diff.delistedShare(), percent(maxShare)));
    }

    /** Force needs a reason, kept in the import record. */
    public static void requireReason(boolean force, String reason) {
        if (force && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("force needs a reason: say why this import may delist so much of the list");
        }
    }

    private static String percent(double share) {
        double p = 100 * share;
        return p == Math.rint(p) ? Long.toString((long) p) : String.format(Locale.ROOT, "%.1f", p);
    }
}
