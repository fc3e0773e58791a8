package dossier.sanctions.lists;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Country names as lists write them → ISO 3166-1 alpha-2 (lower case). The JDK's English
 * display names cover most; the table below adds the official and list-specific forms.
 */
public final class CountryCodes {
    private static final Map<String, String> BY_NAME = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            BY_NAME.put(key(Locale.of("", code).getDisplayCountry(Locale.ENGLISH)), code.toLowerCase(Locale.ROOT));
            BY_NAME.put(key(code), code.toLowerCase(Locale.ROOT));
        }
        String[][] extra = {
                {"Democratic People's Republic of Korea", "kp"}, {"Korea, North", "kp"}, {"North Korea", "kp"},
                {"DPRK", "kp"}, {"Korea, Democratic People's Republic of", "kp"},
                {"Republic of Korea", "kr"}, {"Korea, South", "kr"}, {"South Korea", "kr"},
                {"Russian Federation", "ru"}, {"Russia", "ru"}, {"USSR", "ru"},
                {"Iran (Islamic Republic of)", "ir"}, {"Iran", "ir"}, {"Syrian Arab Republic", "sy"}, {"Syria", "sy"},
                {"Burma", "mm"}, {"Viet Nam", "vn"}, {"Lao People's Democratic Republic", "la"}, {"Laos", "la"},
                {"United States of America", "us"}, {"United States", "us"}, {"USA", "us"},
                {"United Kingdom of Great Britain and Northern Ireland", "gb"}, {"United Kingdom", "gb"}, {"UK", "gb"},
                {"Democratic Republic of the Congo", "cd"}, {"Congo, Democratic Republic of the", "cd"},
                {"Republic of the Congo", "cg"}, {"Congo, Republic of the", "cg"},
                {"United Republic of Tanzania", "tz"}, {"Bolivia (Plurinational State of)", "bo"},
                {"Venezuela (Bolivarian Republic of)", "ve"}, {"Republic of Moldova", "md"},
                {"Turkey", "tr"}, {"Türkiye", "tr"}, {"Turkiye", "tr"}, {"Ivory Coast", "ci"}, {"Cote d'Ivoire", "ci"},
                {"State of Palestine", "ps"}, {"Palestinian", "ps"}, {"West Bank", "ps"}, {"Gaza", "ps"},
                {"Czech Republic", "cz"}, {"Macedonia", "mk"}, {"Swaziland", "sz"}, {"Cape Verde", "cv"},
                {"Kosovo", "xk"}, {"Region: Gaza", "ps"}, {"Brunei Darussalam", "bn"}, {"Micronesia", "fm"},
                {"The Bahamas", "bs"}, {"Gambia", "gm"}, {"The Gambia", "gm"}, {"Hong Kong", "hk"}, {"Macau", "mo"},
                {"Taiwan", "tw"}, {"Crimea", "ua"}, {"Sudan", "sd"}, {"South Sudan", "ss"},
        };
        for (String[] e : extra) {
            BY_NAME.put(key(e[0]), e[1]);
        }
    }

    private CountryCodes() {
    }

    /** The alpha-2 code for a country name or code, empty when the name is not a known country. */
    public static Optional<String> toAlpha2(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String k = key(name);
        String code = BY_NAME.get(k);
        if (code == null) {
            // "Iran (Islamic Republic of)" style qualifiers, "the" prefixes.
            String stripped = key(name.replaceAll("\\(.*?\\)", "").replaceFirst("(?i)^the ", ""));
            code = BY_NAME.get(stripped);
        }
        return Optional.ofNullable(code);
    }

    private static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return n.replace('’', '\'').toLowerCase(Locale.ROOT).replaceAll("[^a-z',]+", " ").trim();
    }
}
