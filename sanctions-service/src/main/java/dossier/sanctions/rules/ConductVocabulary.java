package dossier.sanctions.rules;

import java.util.List;
import java.util.Locale;

/** rules/conduct.json: predicates that make an incident a service or an employment, or negate a transfer. */
public record ConductVocabulary(String about, List<String> service, List<String> employment, List<String> negating,
                                List<String> inchoate, List<String> knowledgeNegating) {

    public static ConductVocabulary standard() {
        return RulesData.read("rules/conduct.json", ConductVocabulary.class);
    }

    static boolean in(List<String> words, String predicate) {
        String p = predicate == null ? "" : predicate.toLowerCase(Locale.ROOT).trim();
        return !p.isEmpty() && words.contains(p);
    }
}
