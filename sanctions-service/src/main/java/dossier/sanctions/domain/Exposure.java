package dossier.sanctions.domain;

/**
 * Who is exposed by a verdict and how: a state in breach of its obligation, a designated person,
 * a foreign person at risk of US secondary sanctions. basis cites the provision.
 */
public record Exposure(String party, String entityId, String kind, String basis) {
}
