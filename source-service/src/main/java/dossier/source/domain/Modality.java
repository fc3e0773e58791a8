package dossier.source.domain;

/** Mirrors dossier.source.v1.Modality. */
public enum Modality { ASSERTED, REPORTED, ALLEGED, SPECULATIVE, DENIED }
