package dossier.sanctions.mapping;

import dossier.model.v1.Comparator;
import dossier.model.v1.DateInterval;
import dossier.model.v1.EventKind;
import dossier.model.v1.Role;
import dossier.sanctions.domain.Amount;
import dossier.sanctions.domain.ArgFact;
import dossier.sanctions.domain.Attribution;
import dossier.sanctions.domain.CaseFacts;
import dossier.sanctions.domain.ClaimFact;
import dossier.sanctions.domain.ClaimKind;
import dossier.sanctions.domain.ConflictFact;
import dossier.sanctions.domain.Interval;
import dossier.sanctions.domain.Modality;
import dossier.sanctions.domain.SourceFact;
import dossier.sanctions.domain.TextSpan;
import dossier.source.v1.Claim;
import dossier.source.v1.ClaimArgument;
import dossier.source.v1.Conflict;
import dossier.source.v1.Corroboration;
import dossier.source.v1.Source;
import dossier.source.v1.Span;
import dossier.support.model.EventModel;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * source-service's wire messages → the rules' domain facts. The only place that knows the
 * contract's claim shapes: old role names ("date" is now "time", "object" a subject), unset event
 * kinds, empty intervals and amounts all arrive here and leave as plain values.
 */
public final class FactsMapper {
    /** Wire role name → Role, including the names older sources still carry. */
    private static final Map<String, Role> ROLES = new HashMap<>();

    static {
        for (Role r : Role.values()) {
            if (r != Role.UNRECOGNIZED && r != Role.ROLE_UNSPECIFIED) {
                ROLES.put(EventModel.wire(r), r);
            }
        }
        ROLES.put("date", Role.ROLE_TIME);
        ROLES.put("object", Role.ROLE_SUBJECT);
    }

    private FactsMapper() {
    }

    public static CaseFacts toDomain(List<Claim> claims, List<Source> sources, List<Conflict> conflicts,
                                     List<Corroboration> corroborations) {
        return new CaseFacts(claims.stream().map(FactsMapper::claim).toList(), sources.stream().map(FactsMapper::source).toList(),
                conflicts.stream().map(FactsMapper::conflict).toList(), corroborations.stream().map(FactsMapper::corroboration).toList());
    }

    public static ClaimFact claim(Claim c) {
        return new ClaimFact(c.getId(), c.getSourceId(), kind(c.getType()),
                c.getEventKind() == EventKind.UNRECOGNIZED ? EventKind.EVENT_KIND_UNSPECIFIED : c.getEventKind(),
                c.getPredicate(), c.getArgumentsList().stream().map(FactsMapper::arg).toList(), modality(c.getModality()),
                List.copyOf(c.getHedgesList()),
                c.getAttributionList().stream().map(a -> new Attribution(a.getName(), a.getEntityId(), a.getVerb())).toList(),
                span(c.getSpan()), c.getTime(), c.hasTimeInterval() ? interval(c.getTimeInterval()) : null, c.getSummary());
    }

    static ArgFact arg(ClaimArgument a) {
        Role role = ROLES.getOrDefault(a.getRole().toLowerCase(Locale.ROOT).trim(), Role.ROLE_UNSPECIFIED);
        return new ArgFact(role, a.getValue(), a.getEntityId(), a.hasSpan() ? span(a.getSpan()) : TextSpan.NONE, a.getNormalized(),
                a.hasInterval() ? interval(a.getInterval()) : null, a.hasAmount() ? amount(a.getAmount()) : null);
    }

    static TextSpan span(Span s) {
        return new TextSpan(s.getStart(), s.getEnd(), s.getText());
    }

    /** An interval whose dates do not parse is no interval (null), never an error. */
    static Interval interval(DateInterval i) {
        LocalDate start = day(i.getStart());
        LocalDate end = day(i.getEnd());
        if (start == null && end == null) {
            return null;
        }
        String precision = EventModel.wire(i.getPrecision() == dossier.model.v1.DatePrecision.UNRECOGNIZED
                ? dossier.model.v1.DatePrecision.DATE_PRECISION_UNSPECIFIED : i.getPrecision());
        String basis = i.getBasis();
        if (basis.isEmpty() && i.getPrecision() == dossier.model.v1.DatePrecision.DATE_PRECISION_UPPER_BOUND) {
            basis = "publication";
        }
        return new Interval(start, end, precision, basis);
    }

    private static LocalDate day(String s) {
        if (s == null || s.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Amount amount(dossier.model.v1.Amount a) {
        Amount.Comparator c = switch (a.getComparator()) {
            case COMPARATOR_EXACTLY -> Amount.Comparator.EXACTLY;
            case COMPARATOR_AT_LEAST -> Amount.Comparator.AT_LEAST;
            case COMPARATOR_AT_MOST -> Amount.Comparator.AT_MOST;
            case COMPARATOR_ABOUT -> Amount.Comparator.ABOUT;
            default -> Amount.Comparator.UNSPECIFIED;
        };
        return new Amount(a.getValue(), a.getUnit(), a.getCurrency().toUpperCase(Locale.ROOT), c);
    }

    static ClaimKind kind(dossier.source.v1.ClaimType t) {
        return switch (t) {
            case TRANSFER -> ClaimKind.TRANSFER;
            case STATEMENT -> ClaimKind.STATEMENT;
            case QUOTE -> ClaimKind.QUOTE;
            case CONFIRMATION -> ClaimKind.CONFIRMATION;
            case DENIAL -> ClaimKind.DENIAL;
            case ATTRIBUTE -> ClaimKind.ATTRIBUTE;
            case ALLEGATION -> ClaimKind.ALLEGATION;
            case CHARACTERIZATION -> ClaimKind.CHARACTERIZATION;
            default -> ClaimKind.OTHER;
        };
    }

    static Modality modality(dossier.source.v1.Modality m) {
        return switch (m) {
            case ASSERTED -> Modality.ASSERTED;
            case REPORTED -> Modality.REPORTED;
            case ALLEGED -> Modality.ALLEGED;
            case SPECULATIVE -> Modality.SPECULATIVE;
            case DENIED -> Modality.DENIED;
            default -> Modality.UNSPECIFIED;
        };
    }

    static SourceFact source(Source s) {
        return new SourceFact(s.getId(), s.getTitle(), s.getOutlet(), s.getPublishedDate(), s.getNearCopyOf());
    }

    static ConflictFact conflict(Conflict c) {
        return new ConflictFact(c.getSlot(), c.getDescription(), c.getValuesList().stream()
                .map(v -> new ConflictFact.SlotValue(v.getValue(), List.copyOf(v.getClaimIdsList()), v.getIndependentLines())).toList());
    }

    static ConflictFact corroboration(Corroboration c) {
        var v = c.getValue();
        return new ConflictFact(c.getSlot(), "", List.of(new ConflictFact.SlotValue(v.getValue(), List.copyOf(v.getClaimIdsList()),
                v.getIndependentLines())));
    }
}
