package dossier.web.model;

/**
 * A label and the Lumo badge theme it is shown with ("badge error", "badge success contrast" ...).
 * Plain data so the mapping to colours is tested without a browser.
 */
public record Badge(String label, String theme) {
}
