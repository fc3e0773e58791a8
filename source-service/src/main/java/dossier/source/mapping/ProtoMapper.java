package dossier.source.mapping;

import dossier.model.v1.Comparator;
import dossier.model.v1.DateInterval;
import dossier.model.v1.DatePrecision;
import dossier.model.v1.EventKind;
import dossier.source.domain.Amount;
import dossier.source.domain.DateRange;
import dossier.source.comparison.ComparisonResult;
import dossier.source.domain.AttributionLink;
import dossier.source.domain.Claim;
import dossier.source.domain.ClaimArgument;
import dossier.source.domain.MentionRef;
import dossier.source.domain.TextSpan;
import dossier.source.repository.StoredSource;
import dossier.source.v1.ClaimType;
import dossier.source.v1.Conflict;
import dossier.source.v1.Corroboration;
import dossier.source.v1.ListConflictsResponse;
import dossier.source.v1.Mention;
import dossier.source.v1.Modality;
import dossier.source.v1.SlotValue;
import dossier.source.v1.Source;
import dossier.source.v1.Span;

/** Domain records to wire messages (and the two enums back). */
public final class ProtoMapper {

    public static Source source(StoredSource stored, boolean withText) {
        var s = stored.source();
        Source.Builder b = Source.newBuilder().setId(s.id()).setCaseId(s.caseId()).setTitle(s.title())
                .setBody(s.body()).setOutlet(s.outlet()).setUrl(s.url()).setPublishedDate(s.publishedDate())
                .setByline(s.byline()).setDateline(s.dateline()).addAllCredits(s.credits())
                .setContentHash(s.contentHash()).setIngestedAt(s.ingestedAt()).addAllWarnings(s.warnings())
                .setClaimCount(s.claimCount()).setLanguage(nz(s.language())).setNearCopyOf(nz(s.nearCopyOf()));
        if (withText) {
            b.setText(s.text());
        }
        for (MentionRef m : s.mentions()) {
            b.addMentions(Mention.newBuilder().setSpan(span(m.span())).setEntityId(m.entityId()).setCaption(m.caption())
                    .setSchema(m.schema()).setMethod(m.method()).setConfidence(m.confidence()));
        }
        return b.build();
    }

    public static dossier.source.v1.Claim claim(Claim c) {
        var b = dossier.source.v1.Claim.newBuilder().setId(c.id()).setCaseId(c.caseId()).setSourceId(c.sourceId())
                .setType(ClaimType.valueOf(c.type().name())).setPredicate(nz(c.predicate()))
                .setModality(Modality.valueOf(c.modality().name())).addAllHedges(c.hedges())
                .setSpan(span(c.span())).setTime(nz(c.time())).setConfidence(c.confidence()).setSummary(nz(c.summary()))
                .setIncident(nz(c.incident()));
        if (c.eventKind() != null && !c.eventKind().isEmpty()) {
            b.setEventKind(EventKind.valueOf("EVENT_KIND_" + c.eventKind().toUpperCase(java.util.Locale.ROOT)));
        }
        if (c.timeInterval() != null) {
            b.setTimeInterval(interval(c.timeInterval()));
        }
        for (ClaimArgument a : c.arguments()) {
            var ab = dossier.source.v1.ClaimArgument.newBuilder().setRole(a.role()).setValue(nz(a.value()))
                    .setEntityId(a.entityId()).setNormalized(a.normalized());
            if (a.interval() != null) {
                ab.setInterval(interval(a.interval()));
            }
            if (a.amount() != null) {
                ab.setAmount(amount(a.amount()));
            }
            if (a.span() != null) {
                ab.setSpan(span(a.span()));
            }
            b.addArguments(ab);
        }
        for (AttributionLink l : c.attribution()) {
            var lb = dossier.source.v1.AttributionLink.newBuilder().setName(nz(l.name())).setEntityId(l.entityId())
                    .setVerb(nz(l.verb()));
            if (l.span() != null) {
                lb.setSpan(span(l.span()));
            }
            b.addAttribution(lb);
        }
        return b.build();
    }

    public static ListConflictsResponse comparison(ComparisonResult r, String caseId) {
        var b = ListConflictsResponse.newBuilder();
        for (var c : r.conflicts()) {
            var cb = Conflict.newBuilder().setId(c.id()).setCaseId(caseId).setSlot(c.slot()).setDescription(c.description());
            c.values().forEach(v -> cb.addValues(slotValue(v)));
            b.addConflicts(cb);
        }
        for (var c : r.corroborations()) {
            b.addCorroborations(Corroboration.newBuilder().setSlot(c.slot()).setDescription(c.description())
                    .setValue(slotValue(c.value())).addAllRefinements(c.refinements()));
        }
        return b.build();
    }

    private static SlotValue slotValue(ComparisonResult.SlotValue v) {
        return SlotValue.newBuilder().setValue(v.value()).addAllClaimIds(v.claimIds()).addAllSourceIds(v.sourceIds())
                .setIndependentLines(v.independentLines()).build();
    }

    public static Span span(TextSpan s) {
        if (s == null) {
            return Span.getDefaultInstance();
        }
        return Span.newBuilder().setStart(s.start()).setEnd(s.end()).setText(nz(s.text())).setPrefix(nz(s.prefix()))
                .setSuffix(nz(s.suffix())).build();
    }

    /** The domain type of a wire filter; null for "any". */
    public static dossier.source.domain.ClaimType type(ClaimType t) {
        return t == null || t == ClaimType.CLAIM_TYPE_UNSPECIFIED || t == ClaimType.UNRECOGNIZED ? null
                : dossier.source.domain.ClaimType.valueOf(t.name());
    }

    static DateInterval interval(DateRange r) {
        var b = DateInterval.newBuilder().setStart(r.start()).setEnd(r.end()).setBasis(r.basis());
        if (!r.precision().isEmpty()) {
            b.setPrecision(DatePrecision.valueOf("DATE_PRECISION_" + r.precision().toUpperCase(java.util.Locale.ROOT)));
        }
        return b.build();
    }

    static dossier.model.v1.Amount amount(Amount a) {
        return dossier.model.v1.Amount.newBuilder().setValue(a.value()).setUnit(a.unit()).setCurrency(a.currency())
                .setComparator(Comparator.valueOf("COMPARATOR_" + a.comparator().toUpperCase(java.util.Locale.ROOT)))
                .setPerUnit(a.perUnit()).build();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private ProtoMapper() {
    }
}
