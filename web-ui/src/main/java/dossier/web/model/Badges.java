package dossier.web.model;

import dossier.sanctions.v1.CaseStatus;
import dossier.sanctions.v1.ElementStatus;
import dossier.sanctions.v1.Outcome;
import dossier.source.v1.Modality;

/** Which colour each verdict outcome, element status, case status and modality gets. */
public final class Badges {

    private Badges() {
    }

    /** Red for breaches, amber for the uncertain middle, green for cleared, grey where nothing applies. */
    public static Badge outcome(Outcome outcome) {
        return switch (outcome) {
            case VIOLATION -> new Badge("Violation", "badge error primary");
            case LIKELY_VIOLATION -> new Badge("Likely violation", "badge error");
            case POSSIBLE_VIOLATION -> new Badge("Possible violation", "badge warning");
            case NO_VIOLATION -> new Badge("No violation", "badge success");
            case NOT_APPLICABLE -> new Badge("Not applicable", "badge contrast");
            case INSUFFICIENT_EVIDENCE -> new Badge("Insufficient evidence", "badge contrast");
            case OUTCOME_UNSPECIFIED, UNRECOGNIZED -> new Badge("Unknown", "badge contrast");
        };
    }

    /** Verdict.nature of a designation authority or a listing: a risk for the parties, never a breach by them. */
    public static final String EXPOSURE = "exposure";

    /**
     * The outcome as it reads for a measure of this nature: for an exposure (a listing, a US secondary
     * authority) the outcome says how well the exposure is shown, so it never reads "Violation".
     */
    public static Badge outcome(Outcome outcome, String nature) {
        if (!EXPOSURE.equals(nature)) {
            return outcome(outcome);
        }
        return switch (outcome) {
            case VIOLATION -> new Badge("Exposure established", "badge error");
            case LIKELY_VIOLATION -> new Badge("Exposure likely", "badge warning");
            case POSSIBLE_VIOLATION -> new Badge("Exposure possible", "badge warning");
            case NO_VIOLATION -> new Badge("No exposure", "badge success");
            default -> outcome(outcome);
        };
    }

    /** Order of attention: breaches first, then the uncertain, then what was cleared or does not apply. */
    public static int severity(Outcome outcome) {
        return switch (outcome) {
            case VIOLATION -> 0;
            case LIKELY_VIOLATION -> 1;
            case POSSIBLE_VIOLATION -> 2;
            case INSUFFICIENT_EVIDENCE -> 3;
            case NO_VIOLATION -> 4;
            case NOT_APPLICABLE -> 5;
            case OUTCOME_UNSPECIFIED, UNRECOGNIZED -> 6;
        };
    }

    /** Whether an analyst needs the reasoning at first sight (it stays one click away otherwise). */
    public static boolean engages(Outcome outcome) {
        return severity(outcome) <= severity(Outcome.POSSIBLE_VIOLATION);
    }

    public static Badge element(ElementStatus status) {
        return switch (status) {
            case MET -> new Badge("Met", "badge success");
            case NOT_MET -> new Badge("Not met", "badge error");
            case UNKNOWN -> new Badge("Unknown", "badge warning");
            case ELEMENT_STATUS_UNSPECIFIED, UNRECOGNIZED -> new Badge("Unknown", "badge contrast");
        };
    }

    public static Badge caseStatus(CaseStatus status) {
        return switch (status) {
            case OPEN -> new Badge("Open", "badge");
            case IN_REVIEW -> new Badge("In review", "badge warning");
            case CLOSED -> new Badge("Closed", "badge contrast");
            case CASE_STATUS_UNSPECIFIED, UNRECOGNIZED -> new Badge("Unknown", "badge contrast");
        };
    }

    /** Hedged and alleged statements stand out from plain assertions. */
    public static Badge modality(Modality modality) {
        return switch (modality) {
            case ASSERTED -> new Badge("Asserted", "badge success");
            case REPORTED -> new Badge("Reported", "badge");
            case ALLEGED -> new Badge("Alleged", "badge warning");
            case SPECULATIVE -> new Badge("Speculative", "badge warning");
            case DENIED -> new Badge("Denied", "badge error");
            case MODALITY_UNSPECIFIED, UNRECOGNIZED -> new Badge("Unknown", "badge contrast");
        };
    }
}
