package dossier.source.extraction;

import java.util.stream.Collectors;

import dossier.source.domain.Claim;
import dossier.source.domain.Modality;

/** One readable line per claim, for lists and conflict descriptions. */
final class Summaries {

    static String of(Claim c) {
        String base = switch (c.type()) {
            case TRANSFER, ALLEGATION -> transfer(c);
            case CONFIRMATION -> c.value("speaker") + " confirmed " + c.value("subject");
            case DENIAL -> c.value("speaker") + " denied " + c.value("subject");
            case STATEMENT -> c.value("speaker").isEmpty() && c.value("content").isEmpty() ? roles(c) : c.value("speaker") + (Lexicon.english().expressVerbs().contains(c.predicate())
                    ? " expressed " : " said: ") + c.value("content");
            case QUOTE -> c.value("speaker") + ": \u201c" + c.value("content") + "\u201d";
            case ATTRIBUTE -> c.value("subject") + " \u2014 " + c.value("attribute") + ": " + c.value("value");
            case CHARACTERIZATION -> characterization(c);
        };
        String modality = c.modality() == Modality.ASSERTED || c.modality() == Modality.REPORTED ? ""
                : " [" + c.modality().name().toLowerCase(java.util.Locale.ROOT) + "]";
        String by = c.attribution().size() > 1
                ? " (" + c.attribution().stream().skip(1).map(a -> a.name()).collect(Collectors.joining(" > ")) + ")"
                : "";
        return (base + modality + by).replaceAll("\\s+", " ").strip();
    }

    private static String transfer(Claim c) {
        StringBuilder sb = new StringBuilder();
        if (c.type() == dossier.source.domain.ClaimType.ALLEGATION) {
            sb.append("alleged: ");
        }
        sb.append(or(c.value("giver"), "someone")).append(" \u2192 ").append(or(c.value("recipient"), "someone"));
        if (!c.value("item").isEmpty()) {
            sb.append(": ").append(c.value("item"));
        }
        for (String role : new String[] {"delivered_to", "carrier", "route", "date"}) {
            if (!c.value(role).isEmpty()) {
                sb.append("; ").append(role.replace('_', ' ')).append(' ').append(c.value(role));
            }
        }
        return sb.toString();
    }

    /**
     * A statement no one is said to make (the text of a law: "resolution 1874 prohibits ..."), by its
     * roles: two such statements in one article differ by what they say, not by a speaker.
     */
    private static String roles(Claim c) {
        return c.predicate() + ": " + c.arguments().stream()
                .map(a -> a.role().replace('_', ' ') + " " + a.value()).collect(Collectors.joining("; "));
    }

    private static String characterization(Claim c) {
        String group = c.argument("characterization").map(a -> a.normalized()).orElse("");
        String conduct = or(c.value("conduct"), "the conduct");
        String article = group.isEmpty() || "aeiou".indexOf(group.charAt(0)) < 0 || "asserted".equals(group) ? "a" : "an";
        return conduct + " judged " + article + ("asserted".equals(group) ? "" : " " + group) + " breach of " + c.value("measure");
    }

    private static String or(String v, String fallback) {
        return v == null || v.isEmpty() ? fallback : v;
    }

    private Summaries() {
    }
}
