package dossier.sanctions.domain;

import java.util.List;

/**
 * One element decided: its status, why, and how sure the deciding evidence makes it (certainty is
 * used when this element decides the outcome, e.g. an HS classification's own confidence).
 */
public record ElementCheck(String element, Status status, String explanation, double certainty, List<EvidenceRef> evidence) {
}
