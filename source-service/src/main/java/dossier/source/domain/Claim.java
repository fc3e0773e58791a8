package dossier.source.domain;

import static dossier.source.domain.ModelNames.GIVER;
import static dossier.source.domain.ModelNames.RECIPIENT;

import java.util.List;
import java.util.Optional;

/**
 * A typed, attributed and hedged statement found in one sentence of a source. {@code eventKind} is
 * the declared event kind's wire name ("transfer", "prohibition" ...; "" when none applies),
 * {@code timeInterval} when the event happened, {@code incident} a key that claims about the same
 * incident share (item, parties, time), so that another incident in the same article is not taken
 * as evidence of this one.
 */
public record Claim(String id, String caseId, String sourceId, ClaimType type, String predicate,
                    List<ClaimArgument> arguments, Modality modality, List<String> hedges,
                    List<AttributionLink> attribution, TextSpan span, String time, double confidence,
                    String summary, String eventKind, DateRange timeInterval, String incident) {

    public Claim(String id, String caseId, String sourceId, ClaimType type, String predicate,
                 List<ClaimArgument> arguments, Modality modality, List<String> hedges,
                 List<AttributionLink> attribution, TextSpan span, String time, double confidence, String summary) {
        this(id, caseId, sourceId, type, predicate, arguments, modality, hedges, attribution, span, time, confidence,
                summary, "", null, "");
    }

    public Claim {
        eventKind = eventKind == null ? "" : eventKind;
        incident = incident == null ? "" : incident;
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
                span, time, confidence, summary, eventKind, timeInterval, incident);
    }

    /**
     * The transfer by its giver and recipient ("transfer:e-putin>e-kim", an entity id or else the
     * normalised name, "?" for a side not named): how a characterisation names the conduct it judges,
     * and how the comparison keys a transfer whose parties are resolved.
     */
    public String partiesKey() {
        return "transfer:" + partyKey(GIVER) + ">" + partyKey(RECIPIENT);
    }

    private String partyKey(String role) {
        return argument(role).map(a -> a.entityId().isEmpty() ? a.normalized() : a.entityId()).orElse("?");
    }

    /** The same claim with other arguments. */
    public Claim withArguments(List<ClaimArgument> newArguments) {
        return new Claim(id, caseId, sourceId, type, predicate, newArguments, modality, hedges, attribution, span, time,
                confidence, summary, eventKind, timeInterval, incident);
    }

    /** The same claim of a declared event kind (a wire name of dossier.model.v1.EventKind), dated by an interval. */
    public Claim withEvent(String kind, DateRange interval, String incidentKey) {
        return new Claim(id, caseId, sourceId, type, predicate, arguments, modality, hedges, attribution, span, time,
                confidence, summary, kind, interval, incidentKey);
    }
}
