package dossier.web.model;

import dossier.entity.v1.Decision;
import dossier.entity.v1.Judgement;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Analysts' same-entity judgements as the parties view reads them: the one that counts for a pair. */
public final class Decisions {

    private Decisions() {
    }

    /**
     * The current judgement on the pair, whichever way round it was recorded. The service marks
     * replaced judgements as not current; among current ones the newest wins should two remain.
     */
    public static Optional<Decision> current(List<Decision> decisions, String a, String b) {
        return decisions.stream()
                .filter(Decision::getCurrent)
                .filter(d -> pair(d, a, b))
                .max(Comparator.comparing(Decision::getDecidedAt));
    }

    /** "Same entity", "Not the same", "Unsure" — the words of the actions that record them. */
    public static String label(Judgement judgement) {
        return switch (judgement) {
            case SAME -> "Same entity";
            case NOT_SAME -> "Not the same";
            case UNSURE -> "Unsure";
            case JUDGEMENT_UNSPECIFIED, UNRECOGNIZED -> "Undecided";
        };
    }

    public static Badge badge(Judgement judgement) {
        return switch (judgement) {
            case SAME -> new Badge(label(judgement), "badge success");
            case NOT_SAME -> new Badge(label(judgement), "badge contrast");
            case UNSURE -> new Badge(label(judgement), "badge warning");
            case JUDGEMENT_UNSPECIFIED, UNRECOGNIZED -> new Badge(label(judgement), "badge contrast");
        };
    }

    /** "judged by j.doe, 2026-11-30 10:00 UTC", with the analyst's note when there is one. */
    public static String byWhom(Decision d) {
        return "judged by " + Formats.orDash(d.getAnalyst()) + ", " + Formats.instant(d.getDecidedAt())
                + (d.getNote().isBlank() ? "" : ": " + d.getNote());
    }

    private static boolean pair(Decision d, String a, String b) {
        return (d.getLeftEntityId().equals(a) && d.getRightEntityId().equals(b))
                || (d.getLeftEntityId().equals(b) && d.getRightEntityId().equals(a));
    }
}
