package dossier.entity.matching;

import java.util.Set;

/**
 * A name to screen, with optional qualifiers. Blank schema/birthDate/country mean unknown;
 * an empty dataset set means all datasets; threshold <= 0 means the matcher's default.
 */
public record MatchQuery(String name, String schema, String birthDate, String country,
                         Set<String> datasets, int limit, double threshold) {
    public MatchQuery {
        datasets = datasets == null ? Set.of() : Set.copyOf(datasets);
    }

    public static MatchQuery of(String name) {
        return new MatchQuery(name, null, null, null, Set.of(), 10, 0);
    }

    public MatchQuery withSchema(String s) {
        return new MatchQuery(name, s, birthDate, country, datasets, limit, threshold);
    }

    public MatchQuery withLimit(int l) {
        return new MatchQuery(name, schema, birthDate, country, datasets, l, threshold);
    }
}
