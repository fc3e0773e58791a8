package dossier.entity.matching;

import java.util.List;
import java.util.Set;

/**
 * What the matcher knows of an entity. {@code schema} is the schema name ("PERSON", "COMPANY" ...),
 * countries are ISO alpha-2 lower case, birth dates ISO 8601 (possibly partial).
 */
public record MatchSubject(String id, String schema, String caption, List<SubjectName> names,
                           List<String> birthDates, List<String> countries, Set<String> datasets) {
    public MatchSubject {
        names = List.copyOf(names);
        birthDates = birthDates == null ? List.of() : List.copyOf(birthDates);
        countries = countries == null ? List.of() : List.copyOf(countries);
        datasets = datasets == null ? Set.of() : Set.copyOf(datasets);
    }
}
