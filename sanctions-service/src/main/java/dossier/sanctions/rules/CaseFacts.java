package dossier.sanctions.rules;

import dossier.source.v1.Claim;
import dossier.source.v1.Conflict;
import dossier.source.v1.Corroboration;
import dossier.source.v1.Source;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything the rules read about a case: its claims, sources, conflicts and corroborations. */
public record CaseFacts(List<Claim> claims, List<Source> sources, List<Conflict> conflicts,
                        List<Corroboration> corroborations) {

    public Map<String, Source> sourcesById() {
        return sources.stream().collect(Collectors.toMap(Source::getId, Function.identity(), (a, b) -> a));
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.getId().equals(id)).findFirst();
    }
}
