package dossier.source.eval.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dossier.model.v1.DatePrecision;
import dossier.model.v1.EventKind;
import dossier.source.v1.Claim;
import dossier.source.v1.ClaimArgument;
import dossier.support.model.EventModel;

/**
 * Reads a claim as it goes over the wire into a {@link PredictedEvent}, for today's extractor and
 * the event-model one alike: the kind is {@code Claim.event_kind} when set, else the legacy claim
 * type mapped by matching.json (TRANSFER and ALLEGATION → transfer); a role is mapped by the legacy
 * table (date → time) when the claim has no event kind or the role is not in the event model.
 * A time argument's interval is used when set; the claim's own {@code time_interval} stands for a
 * missing time argument unless it is only an upper bound (the report's date). A legacy claim keeps
 * the date it found in its sentence only in {@code Claim.time} (else the report's date there): that
 * stands for its time argument when it is not the publication date.
 */
public final class ClaimReader {

    private final EventModel model;
    private final MatchingRules rules;

    public ClaimReader(EventModel model, MatchingRules rules) {
        this.model = model;
        this.rules = rules;
    }

    public PredictedEvent read(String article, String published, Claim c) {
        boolean modelled = c.getEventKind() != EventKind.EVENT_KIND_UNSPECIFIED && c.getEventKind() != EventKind.UNRECOGNIZED;
        String kind = modelled ? EventModel.wire(c.getEventKind()) : rules.legacyKinds().getOrDefault(c.getType().name(), "");
        Map<String, List<PredictedEvent.Value>> roles = new LinkedHashMap<>();
        for (ClaimArgument a : c.getArgumentsList()) {
            String role = role(a.getRole(), modelled);
            roles.computeIfAbsent(role, k -> new ArrayList<>()).add(value(a));
        }
        String time = EventModel.wire(dossier.model.v1.Role.ROLE_TIME);
        if (!roles.containsKey(time) && c.hasTimeInterval() && !c.getTimeInterval().getStart().isEmpty()
                && c.getTimeInterval().getPrecision() != DatePrecision.DATE_PRECISION_UPPER_BOUND
                && c.getTimeInterval().getPrecision() != DatePrecision.DATE_PRECISION_UNSPECIFIED) {
            roles.put(time, List.of(PredictedEvent.Value.interval(c.getTime(), c.getTimeInterval().getStart(),
                    c.getTimeInterval().getEnd())));
        } else if (!roles.containsKey(time) && !modelled && !c.getTime().isEmpty() && !c.getTime().equals(published)) {
            roles.put(time, List.of(new PredictedEvent.Value(c.getTime(), c.getTime(), null, "", "")));
        }
        String modality = c.getModality().name().toLowerCase(Locale.ROOT);
        return new PredictedEvent(c.getId(), article, kind, modality, c.getSpan().getStart(), c.getSpan().getEnd(), roles);
    }

    String role(String wire, boolean modelled) {
        String mapped = rules.legacyRoles().get(wire);
        if (mapped != null && (!modelled || model.role(wire).isEmpty())) {
            return mapped;
        }
        return wire;
    }

    static PredictedEvent.Value value(ClaimArgument a) {
        Double number = a.hasAmount() ? a.getAmount().getValue() : null;
        String start = a.hasInterval() ? a.getInterval().getStart() : "";
        String end = a.hasInterval() ? a.getInterval().getEnd() : "";
        return new PredictedEvent.Value(a.getValue(), a.getNormalized(), number, start, end);
    }
}
