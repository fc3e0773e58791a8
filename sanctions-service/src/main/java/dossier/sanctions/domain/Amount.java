package dossier.sanctions.domain;

/** A number as the text gives it; currency never assumed; comparator says how it bounds the truth. */
public record Amount(double value, String unit, String currency, Comparator comparator) {
    public enum Comparator { EXACTLY, AT_LEAST, AT_MOST, ABOUT, UNSPECIFIED }
}
