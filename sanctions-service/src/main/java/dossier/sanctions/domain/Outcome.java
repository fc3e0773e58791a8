package dossier.sanctions.domain;

/** What a verdict concludes (the contract's Outcome, without its unspecified value). */
public enum Outcome { VIOLATION, LIKELY_VIOLATION, POSSIBLE_VIOLATION, NO_VIOLATION, NOT_APPLICABLE, INSUFFICIENT_EVIDENCE }
