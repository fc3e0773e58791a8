package dossier.sanctions.domain;

import dossier.model.v1.EventKind;
import dossier.model.v1.Role;

import java.util.List;
import java.util.Optional;

/** A claim as the rules read it. eventKind is EVENT_KIND_UNSPECIFIED when the extraction did not set it. */
public record ClaimFact(String id, String sourceId, ClaimKind kind, EventKind eventKind, String predicate, List<ArgFact> args,
                        Modality modality, List<String> hedges, List<Attribution> attribution, TextSpan span, String time,
                        Interval interval, String summary) {

    public Optional<ArgFact> first(Role role) {
        return args.stream().filter(a -> a.role() == role).findFirst();
    }

    public List<ArgFact> all(Role role) {
        return args.stream().filter(a -> a.role() == role).toList();
    }
}
