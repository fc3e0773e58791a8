package dossier.source.domain;

/** Mirrors dossier.source.v1.ClaimType without depending on the generated code. */
public enum ClaimType { TRANSFER, STATEMENT, QUOTE, CONFIRMATION, DENIAL, ATTRIBUTE, ALLEGATION, CHARACTERIZATION }
