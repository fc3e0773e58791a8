package dossier.web.model;

import dossier.sanctions.v1.Citation;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns wire values (ISO instants, enum names, [0,1] scores, citations) into what an analyst reads. */
public final class Formats {

    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Formats() {
    }

    /** "2024-06-20T14:03:11Z" → "2024-06-20 14:03 UTC"; empty → "—"; anything unparsable is shown as is. */
    public static String instant(String iso) {
        if (iso == null || iso.isBlank()) {
            return "—";
        }
        try {
            return INSTANT.format(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** 0.8765 → "88 %". */
    public static String percent(double score) {
        return Math.round(score * 100) + " %";
    }

    /**
     * "DATE_AFTER_ADOPTION" → "Date after adoption", "giver_state" → "Giver state"; anything that is
     * not a plain identifier ("transfer(giver,recipient)/item", "MixedCase") stays as is.
     */
    public static String humanize(String constant) {
        if (constant == null || constant.isBlank()) {
            return "";
        }
        boolean identifier = constant.matches("[A-Za-z0-9_]+");
        boolean oneCase = constant.equals(constant.toUpperCase(Locale.ROOT))
                || constant.equals(constant.toLowerCase(Locale.ROOT));
        if (!identifier || !oneCase) {
            return constant;
        }
        String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** "S/RES/2094 (2013), Annex IV" — the instrument and provision an analyst looks up. */
    public static String citation(Citation citation) {
        String head = citation.getInstrument();
        if (!citation.getProvision().isBlank()) {
            head = head.isBlank() ? citation.getProvision() : head + ", " + citation.getProvision();
        }
        return head;
    }

    public static String citations(List<Citation> citations) {
        return citations.stream().map(Formats::citation).collect(Collectors.joining("; "));
    }

    /** Empty values become a dash so a cell never looks broken. */
    public static String orDash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    public static String joined(List<String> values) {
        return values.isEmpty() ? "—" : String.join(", ", values);
    }
}
