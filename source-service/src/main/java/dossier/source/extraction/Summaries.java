package dossier.source.extraction;

import static dossier.source.domain.ModelNames.ATTRIBUTE;
import static dossier.source.domain.ModelNames.CARRIER;
import static dossier.source.domain.ModelNames.CHARACTERIZATION;
import static dossier.source.domain.ModelNames.CONTENT;
import static dossier.source.domain.ModelNames.DELIVERED_TO;
import static dossier.source.domain.ModelNames.GIVER;
import static dossier.source.domain.ModelNames.ITEM;
import static dossier.source.domain.ModelNames.MEASURE;
import static dossier.source.domain.ModelNames.RECIPIENT;
import static dossier.source.domain.ModelNames.ROUTE;
import static dossier.source.domain.ModelNames.SPEAKER;
import static dossier.source.domain.ModelNames.SUBJECT;
import static dossier.source.domain.ModelNames.VALUE;

import java.util.stream.Collectors;

import dossier.source.domain.Claim;
import dossier.source.domain.Modality;

/** One readable line per claim, for lists and conflict descriptions. */
final class Summaries {

    static String of(Claim c, Lexicon lex) {
        String base = switch (c.type()) {
            case TRANSFER, ALLEGATION -> transfer(c);
            case CONFIRMATION -> c.value(SPEAKER) + " confirmed " + c.value(SUBJECT);
            case DENIAL -> c.value(SPEAKER) + " denied " + c.value(SUBJECT);
            case STATEMENT -> c.value(SPEAKER).isEmpty() && c.value(CONTENT).isEmpty() ? roles(c) : c.value(SPEAKER) + (lex.expressVerbs().contains(c.predicate())
                    ? " expressed " : " said: ") + c.value(CONTENT);
            case QUOTE -> c.value(SPEAKER) + ": \u201c" + c.value(CONTENT) + "\u201d";
            case ATTRIBUTE -> c.value(SUBJECT) + " \u2014 " + c.value(ATTRIBUTE) + ": " + c.value(VALUE);
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
        sb.append(or(c.value(GIVER), "someone")).append(" \u2192 ").append(or(c.value(RECIPIENT), "someone"));
        if (!c.value(ITEM).isEmpty()) {
            sb.append(": ").append(c.value(ITEM));
        }
        for (String role : new String[] {DELIVERED_TO, CARRIER, ROUTE, "date"}) {
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
        String group = c.argument(CHARACTERIZATION).map(a -> a.normalized()).orElse("");
        String conduct = or(c.value("conduct"), "the conduct");
        String article = group.isEmpty() || "aeiou".indexOf(group.charAt(0)) < 0 || "asserted".equals(group) ? "a" : "an";
        return conduct + " judged " + article + ("asserted".equals(group) ? "" : " " + group) + " breach of " + c.value(MEASURE);
    }

    private static String or(String v, String fallback) {
        return v == null || v.isEmpty() ? fallback : v;
    }

    private Summaries() {
    }
}
