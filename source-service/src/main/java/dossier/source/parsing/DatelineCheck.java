package dossier.source.parsing;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Flags a dateline that does not fit the story: its place appears nowhere else in the text and its
 * country is not the country of any party. Often a sign of a content farm or a rewritten wire.
 */
public final class DatelineCheck {

    public Optional<String> check(String dateline, String body, Collection<String> partyCountries) {
        if (dateline == null || dateline.isBlank()) {
            return Optional.empty();
        }
        List<String> parts = Arrays.stream(dateline.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        String place = parts.get(0);
        String lowerBody = body.toLowerCase(Locale.ROOT);
        if (lowerBody.contains(place.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        String country = parts.get(parts.size() - 1);
        Optional<String> code = countryCode(country);
        if (code.isPresent() && partyCountries.stream().anyMatch(c -> c.equalsIgnoreCase(code.get()))) {
            return Optional.empty();
        }
        if (parts.size() > 1 && lowerBody.contains(country.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of("dateline place \"" + place + "\"" + (parts.size() > 1 ? " (" + country + ")" : "")
                + " does not appear in the story and is not a country of any party");
    }

    /** ISO 3166 alpha-2 (lower case) of an English country name, from the JDK's locale data. */
    static Optional<String> countryCode(String name) {
        for (String iso : Locale.getISOCountries()) {
            if (Locale.of("", iso).getDisplayCountry(Locale.ENGLISH).equalsIgnoreCase(name)) {
                return Optional.of(iso.toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }
}
