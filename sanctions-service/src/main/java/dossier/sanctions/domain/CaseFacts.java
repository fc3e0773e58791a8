package dossier.sanctions.domain;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Everything the rules read about a case: claims, sources, conflicts and corroborations. */
public record CaseFacts(List<ClaimFact> claims, List<SourceFact> sources, List<ConflictFact> conflicts,
                        List<ConflictFact> corroborations) {

    public Map<String, SourceFact> sourcesById() {
        return sources.stream().collect(Collectors.toMap(SourceFact::id, Function.identity(), (a, b) -> a));
    }
}
