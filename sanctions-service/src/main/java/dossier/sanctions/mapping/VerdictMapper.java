package dossier.sanctions.mapping;

import dossier.model.v1.DatePrecision;
import dossier.model.v1.DateInterval;
import dossier.sanctions.domain.ElementCheck;
import dossier.sanctions.domain.EvidenceRef;
import dossier.sanctions.domain.IncidentView;
import dossier.sanctions.domain.Interval;
import dossier.sanctions.domain.PartyView;
import dossier.sanctions.domain.Status;
import dossier.sanctions.domain.VerdictResult;
import dossier.sanctions.v1.Citation;
import dossier.sanctions.v1.ElementStatus;
import dossier.sanctions.v1.Evidence;
import dossier.sanctions.v1.Exposure;
import dossier.sanctions.v1.Incident;
import dossier.sanctions.v1.IncidentParty;
import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.Party;
import dossier.sanctions.v1.ReasoningStep;
import dossier.sanctions.v1.Verdict;
import dossier.source.v1.Span;

import java.util.List;

/** The rules' verdicts, incidents and parties → the contract's messages. */
public final class VerdictMapper {
    private VerdictMapper() {
    }

    public static Verdict toProto(VerdictResult v) {
        Verdict.Builder b = Verdict.newBuilder()
                .setId(v.id())
                .setIncidentId(v.incidentId())
                .setMeasureId(v.measureId())
                .setMeasureTitle(v.measureTitle())
                .setRegime(v.regime())
                .setOutcome(outcome(v.outcome()))
                .setConfidence(v.confidence())
                .setSummary(v.summary())
                .setEvaluatedAt(v.evaluatedAt())
                .setBound(v.bound())
                .setConfidenceBasis(v.confidenceBasis())
                .setNature(v.nature())
                .setDecisionRow(v.decisionRow())
                .setEngaged(v.engaged());
        v.citations().forEach(c -> b.addCitations(Citation.newBuilder().setInstrument(c.instrument()).setProvision(c.provision())
                .setSummary(c.summary())));
        v.reasoning().forEach(s -> b.addReasoning(step(s)));
        v.exposures().forEach(e -> b.addExposures(Exposure.newBuilder().setParty(e.party()).setEntityId(e.entityId())
                .setKind(e.kind()).setBasis(e.basis())));
        return b.build();
    }

    public static List<Verdict> toProto(List<VerdictResult> verdicts) {
        return verdicts.stream().map(VerdictMapper::toProto).toList();
    }

    static ReasoningStep step(ElementCheck s) {
        EvidenceSelection listed = EvidenceSelection.of(s.evidence().stream().map(VerdictMapper::evidence).toList());
        return ReasoningStep.newBuilder().setElement(s.element()).setStatus(status(s.status())).setExplanation(s.explanation())
                .addAllEvidence(listed.kept()).setEvidenceOmitted(listed.omitted()).setCertainty(s.certainty()).build();
    }

    static Evidence evidence(EvidenceRef e) {
        return Evidence.newBuilder().setClaimId(e.claimId()).setSourceId(e.sourceId()).setSourceTitle(e.sourceTitle())
                .setSpan(Span.newBuilder().setStart(e.span().start()).setEnd(e.span().end()).setText(e.span().text()))
                .setClaimSummary(e.claimSummary()).build();
    }

    public static ElementStatus status(Status s) {
        return switch (s) {
            case MET -> ElementStatus.MET;
            case NOT_MET -> ElementStatus.NOT_MET;
            case UNKNOWN -> ElementStatus.UNKNOWN;
        };
    }

    public static Outcome outcome(dossier.sanctions.domain.Outcome o) {
        return Outcome.valueOf(o.name());
    }

    public static Incident toProto(IncidentView i) {
        Incident.Builder b = Incident.newBuilder()
                .setId(i.id())
                .setKind(i.kind())
                .setSummary(i.summary())
                .setItem(i.item())
                .setItemClassification(i.itemClassification())
                .addAllHsHeadings(i.hsHeadings())
                .setDate(i.date())
                .addAllClaimIds(i.claimIds())
                .setModality(i.modality())
                .setClassificationMethod(i.classificationMethod())
                .setClassificationConfidence(i.classificationConfidence());
        i.parties().forEach(p -> b.addParties(IncidentParty.newBuilder().setRole(p.role()).setEntityId(p.entityId()).setName(p.name())));
        if (i.interval() != null && !i.interval().open()) {
            b.setInterval(interval(i.interval()));
        }
        return b.build();
    }

    public static List<Incident> incidents(List<IncidentView> incidents) {
        return incidents.stream().map(VerdictMapper::toProto).toList();
    }

    static DateInterval interval(Interval i) {
        DatePrecision p = switch (i.precision()) {
            case "day" -> DatePrecision.DATE_PRECISION_DAY;
            case "month" -> DatePrecision.DATE_PRECISION_MONTH;
            case "year" -> DatePrecision.DATE_PRECISION_YEAR;
            case "upper_bound" -> DatePrecision.DATE_PRECISION_UPPER_BOUND;
            default -> DatePrecision.DATE_PRECISION_UNSPECIFIED;
        };
        if (i.start() != null && i.end() != null && !i.start().equals(i.end()) && p == DatePrecision.DATE_PRECISION_UPPER_BOUND) {
            p = DatePrecision.DATE_PRECISION_UNSPECIFIED;
        }
        return DateInterval.newBuilder().setStart(i.start() == null ? "" : i.start().toString())
                .setEnd(i.end() == null ? "" : i.end().toString()).setPrecision(p).setBasis(i.basis()).build();
    }

    public static Party toProto(PartyView p) {
        return Party.newBuilder().setEntityId(p.entityId()).setName(p.name()).setSchema(p.schema()).addAllRoles(p.roles())
                .addAllCountries(p.countries()).addAllClaimIds(p.claimIds()).build();
    }
}
