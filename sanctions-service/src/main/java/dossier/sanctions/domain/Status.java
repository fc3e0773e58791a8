package dossier.sanctions.domain;

/** Three-valued: NOT_MET only from positive evidence; a missing word is UNKNOWN. */
public enum Status { MET, NOT_MET, UNKNOWN }
