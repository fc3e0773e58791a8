package dossier.sanctions.domain;

/** What a claim states (source-service's claim types). */
public enum ClaimKind { TRANSFER, STATEMENT, QUOTE, CONFIRMATION, DENIAL, ATTRIBUTE, ALLEGATION, CHARACTERIZATION, OTHER }
