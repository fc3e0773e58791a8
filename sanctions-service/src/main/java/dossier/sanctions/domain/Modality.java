package dossier.sanctions.domain;

/** How firmly a source states a claim (the event model's modalities). */
public enum Modality { ASSERTED, REPORTED, ALLEGED, SPECULATIVE, DENIED, UNSPECIFIED }
