package dossier.sanctions.domain;

import java.util.List;

/** An incident as shown: parties by role, item with its HS classification, date interval, claims. */
public record IncidentView(String id, String kind, String summary, List<PartyRole> parties, String item,
                           String itemClassification, List<String> hsHeadings, String date, List<String> claimIds,
                           String modality, Interval interval, String classificationMethod, double classificationConfidence) {
    public record PartyRole(String role, String entityId, String name) {
    }
}
