package dossier.source.domain;

import java.util.List;
import java.util.Optional;

/** A typed, attributed and hedged statement found in one sentence of a source. */
public record Claim(String id, String caseId, String sourceId, ClaimType type, String predicate,
                    List<ClaimArgument> arguments, Modality modality, List<String> hedges,
                    List<AttributionLink> attribution, TextSpan span, String time, double confidence,
                    String summary) {
    public Claim {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
        hedges = hedges == null ? List.of() : List.copyOf(hedges);
        attribution = attribution == null ? List.of() : List.copyOf(attribution);
    }

    public Optional<ClaimArgument> argument(String role) {
        return arguments.stream().filter(a -> a.role().equals(role)).findFirst();
    }

    public String value(String role) {
        return argument(role).map(ClaimArgument::value).orElse("");
    }

    public Claim withIds(String newId, String newCaseId, String newSourceId) {
        return new Claim(newId, newCaseId, newSourceId, type, predicate, arguments, modality, hedges, attribution,
                span, time, confidence, summary);
    }
}
