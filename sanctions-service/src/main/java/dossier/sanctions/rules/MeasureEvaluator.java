package dossier.sanctions.rules;

import dossier.sanctions.measures.MeasureDefinition;
import dossier.sanctions.v1.Citation;
import dossier.sanctions.v1.ElementStatus;
import dossier.sanctions.v1.Evidence;
import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.ReasoningStep;
import dossier.sanctions.v1.Verdict;
import dossier.source.v1.Claim;
import dossier.source.v1.ClaimArgument;
import dossier.source.v1.Modality;
import dossier.source.v1.Source;
import dossier.source.v1.Span;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks one incident against one measure element by element (BOUND_ACTOR, CONDUCT, ITEM_IN_SCOPE,
 * DESTINATION, DATE_AFTER_ADOPTION, NO_EXEMPTION), then weighs the evidence into an outcome and a
 * confidence. Every step names the claims and sources behind it.
 */
public final class MeasureEvaluator {
    public static final String BOUND_ACTOR = "BOUND_ACTOR";
    public static final String CONDUCT = "CONDUCT";
    public static final String ITEM_IN_SCOPE = "ITEM_IN_SCOPE";
    public static final String DESTINATION = "DESTINATION";
    public static final String DATE_AFTER_ADOPTION = "DATE_AFTER_ADOPTION";
    public static final String NO_EXEMPTION = "NO_EXEMPTION";
    /** Not an element of the measure: how well the incident itself is established. */
    public static final String EVIDENCE_STRENGTH = "EVIDENCE_STRENGTH";

    private static final Set<String> SCOPE_ELEMENTS = Set.of(BOUND_ACTOR, ITEM_IN_SCOPE, DESTINATION);

    private final Map<String, Source> sources;

    public MeasureEvaluator(Map<String, Source> sources) {
        this.sources = sources;
    }

    public Verdict evaluate(IncidentDraft d, MeasureDefinition m, String evaluatedAt) {
        List<ReasoningStep> steps = new ArrayList<>();
        steps.add(boundActor(d, m));
        steps.add(conduct(d, m));
        steps.add(itemInScope(d, m));
        steps.add(destination(d, m));
        steps.add(dateAfterAdoption(d, m));
        steps.add(noExemption(d, m));
        ReasoningStep strength = evidenceStrength(d);

        Outcome outcome;
        double confidence = baseConfidence(d);
        List<ReasoningStep> notMet = steps.stream().filter(s -> s.getStatus() == ElementStatus.NOT_MET).toList();
        long unknown = steps.stream().filter(s -> s.getStatus() == ElementStatus.UNKNOWN).count();
        if (!notMet.isEmpty()) {
            boolean outOfScope = notMet.stream().anyMatch(s -> SCOPE_ELEMENTS.contains(s.getElement()));
            outcome = outOfScope ? Outcome.NOT_APPLICABLE : Outcome.NO_VIOLATION;
            // Sure about what the measure does not cover when the failing element rests on entity data or dates.
            confidence = 0.85;
        } else if ("alleged_transfer".equals(d.kind)) {
            outcome = unknown >= 2 ? Outcome.INSUFFICIENT_EVIDENCE : Outcome.POSSIBLE_VIOLATION;
            confidence = Math.min(confidence, d.denied() ? 0.25 : 0.4);
        } else if (unknown > 0) {
            outcome = unknown >= 2 ? Outcome.INSUFFICIENT_EVIDENCE : Outcome.POSSIBLE_VIOLATION;
            confidence = confidence * (unknown >= 2 ? 0.5 : 0.7);
        } else if (d.confirmed()) {
            outcome = Outcome.VIOLATION;
        } else {
            outcome = Outcome.LIKELY_VIOLATION;
            confidence = Math.min(confidence, 0.75);
        }
        steps.add(strength);
        confidence = Math.max(0.05, Math.min(0.99, confidence));
        confidence = Math.round(confidence * 100) / 100.0;

        return Verdict.newBuilder()
                .setId(d.id + ":" + m.id())
                .setIncidentId(d.id)
                .setMeasureId(m.id())
                .setMeasureTitle(m.title())
                .setRegime(m.regime())
                .addAllCitations(m.citations().stream().map(c -> Citation.newBuilder().setInstrument(c.instrument())
                        .setProvision(c.provision()).setSummary(c.summary() == null ? "" : c.summary()).build()).toList())
                .setOutcome(outcome)
                .setConfidence(confidence)
                .setSummary(summary(d, m, outcome, confidence, notMet, unknown))
                .addAllReasoning(steps)
                .setEvaluatedAt(evaluatedAt)
                .build();
    }

    private ReasoningStep boundActor(IncidentDraft d, MeasureDefinition m) {
        // INTO: the supplying state is bound; OUT_OF (procurement): the procuring state is.
        boolean into = m.into();
        PartyRef actor = into ? d.giver : d.recipient;
        Set<String> states = into ? d.giverStates : d.recipientStates;
        String basis = into ? d.giverStateBasis : d.recipientStateBasis;
        List<Evidence> ev = evidenceFor(d, into ? "giver" : "recipient");
        if (states.isEmpty()) {
            return step(BOUND_ACTOR, ElementStatus.UNKNOWN, "The measure binds " + m.bound() + "; the state of "
                    + (actor.known() ? actor.label() : "the " + (into ? "supplier" : "procurer")) + " is not known.", ev);
        }
        List<String> bound = m.boundStatesOrAll();
        List<String> hit = states.stream().filter(s -> bound.contains("*") ? !s.equals(m.targetCountry()) : bound.contains(s)).toList();
        if (!hit.isEmpty()) {
            return step(BOUND_ACTOR, ElementStatus.MET, (basis.isEmpty() ? actor.label() + " acts for " + names(hit) : basis)
                    + "; the measure binds " + m.bound() + ".", ev);
        }
        return step(BOUND_ACTOR, ElementStatus.NOT_MET, actor.label() + " acts for " + names(states)
                + ", which the measure does not bind (it binds " + m.bound() + ").", ev);
    }

    private static String names(java.util.Collection<String> countryCodes) {
        return countryCodes.stream().map(RuleEngine::countryName).collect(Collectors.joining(", "));
    }

    private ReasoningStep conduct(IncidentDraft d, MeasureDefinition m) {
        Set<String> conduct = m.conduct().stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<Claim> matching = d.claims.stream().filter(c -> conduct.contains(c.getPredicate().toLowerCase(Locale.ROOT))).toList();
        if (!matching.isEmpty()) {
            String verbs = matching.stream().map(Claim::getPredicate).distinct().collect(Collectors.joining(", "));
            return step(CONDUCT, ElementStatus.MET, "The claims describe a transfer ('" + verbs + "'), which is conduct the measure "
                    + "prohibits (" + String.join(", ", m.conduct().subList(0, Math.min(3, m.conduct().size())))
                    + " ...); a gift is a transfer, no payment is needed.", evidence(matching));
        }
        List<Claim> withVerb = d.claims.stream().filter(c -> !c.getPredicate().isBlank()).toList();
        if (!withVerb.isEmpty()) {
            String verbs = withVerb.stream().map(Claim::getPredicate).distinct().collect(Collectors.joining(", "));
            return step(CONDUCT, ElementStatus.NOT_MET, "The claims describe '" + verbs + "', which is not conduct the measure covers ("
                    + String.join(", ", m.conduct()) + ").", evidence(withVerb));
        }
        return step(CONDUCT, ElementStatus.UNKNOWN, "The claims do not say what was done with the item.", evidence(d.claims));
    }

    private ReasoningStep itemInScope(IncidentDraft d, MeasureDefinition m) {
        List<Evidence> ev = evidence(d.itemClaims.isEmpty() ? d.claims : d.itemClaims);
        var cls = d.classification;
        if (cls == null || !cls.known()) {
            String what = d.item.isEmpty() ? "The claims do not name the item" : "The item '" + d.item + "' matches no known category";
            return step(ITEM_IN_SCOPE, ElementStatus.UNKNOWN, what + "; whether it is covered cannot be decided.", ev);
        }
        List<String> catHits = cls.categories().stream().filter(c -> m.itemCategories() != null && m.itemCategories().contains(c)).toList();
        boolean hsHit = cls.inHs(m.hsHeadings());
        String described = "'" + d.item + "' is classified as " + String.join(", ", cls.categories())
                + " (HS " + String.join(", ", cls.hsHeadings()) + "; matched on " + String.join(", ", cls.matchedTerms()) + ")";
        if (catHits.isEmpty() && !hsHit) {
            return step(ITEM_IN_SCOPE, ElementStatus.NOT_MET, described + ", which the measure does not cover (it covers "
                    + scopeText(m) + ").", ev);
        }
        // Categories with a value floor are only in scope above it.
        Map<String, Double> floors = m.thresholdsOrEmpty();
        boolean anyWithoutFloor = hsHit || catHits.stream().anyMatch(c -> !floors.containsKey(c));
        if (!anyWithoutFloor) {
            double floor = catHits.stream().mapToDouble(floors::get).min().orElse(0);
            if (d.valueUsd == null) {
                return step(ITEM_IN_SCOPE, ElementStatus.UNKNOWN, described + "; the measure covers it only above USD "
                        + floor + " and its value is not known.", ev);
            }
            if (d.valueUsd <= floor) {
                return step(ITEM_IN_SCOPE, ElementStatus.NOT_MET, described + "; its value USD " + d.valueUsd
                        + " is below the measure's floor of USD " + floor + ".", ev);
            }
        }
        String why = !catHits.isEmpty() ? "the measure covers " + String.join(", ", catHits)
                : "its HS heading falls under the measure's headings " + String.join(", ", m.hsHeadings());
        return step(ITEM_IN_SCOPE, ElementStatus.MET, described + "; " + why + ".", ev);
    }

    private static String scopeText(MeasureDefinition m) {
        List<String> parts = new ArrayList<>();
        if (m.itemCategories() != null && !m.itemCategories().isEmpty()) {
            parts.add(String.join(", ", m.itemCategories()));
        }
        if (m.hsHeadings() != null && !m.hsHeadings().isEmpty()) {
            parts.add("HS " + String.join(", ", m.hsHeadings()));
        }
        return String.join("; ", parts);
    }

    private ReasoningStep destination(IncidentDraft d, MeasureDefinition m) {
        boolean into = m.into();
        Set<String> states = into ? d.recipientStates : d.giverStates;
        PartyRef p = into ? d.recipient : d.giver;
        String basis = into ? d.recipientStateBasis : d.giverStateBasis;
        List<Evidence> ev = evidenceFor(d, into ? "recipient" : "giver");
        String dir = into ? "into" : "out of";
        if (states.isEmpty()) {
            return step(DESTINATION, ElementStatus.UNKNOWN, "The measure covers goods going " + dir + " "
                    + m.targetCountry().toUpperCase() + "; the state of " + (p.known() ? p.label() : "the "
                    + (into ? "recipient" : "supplier")) + " is not known.", ev);
        }
        String flow = "from " + statesText(d.giverStates) + " to " + statesText(d.recipientStates);
        if (states.contains(m.targetCountry())) {
            return step(DESTINATION, ElementStatus.MET, "The goods go " + flow + (basis.isEmpty() ? "" : " (" + basis + ")")
                    + ": " + dir + " " + m.targetCountry().toUpperCase() + " as the measure requires.", ev);
        }
        return step(DESTINATION, ElementStatus.NOT_MET, "The goods go " + flow + "; the measure only covers goods going "
                + dir + " " + m.targetCountry().toUpperCase() + ".", ev);
    }

    private static String statesText(Collection<String> states) {
        return states.isEmpty() ? "an unknown state" : states.stream().map(s -> s.toUpperCase(Locale.ROOT)).collect(Collectors.joining("/"));
    }

    private ReasoningStep dateAfterAdoption(IncidentDraft d, MeasureDefinition m) {
        List<Evidence> ev = d.dateClaim == null ? List.of() : evidence(List.of(d.dateClaim));
        if (d.date.isEmpty()) {
            return step(DATE_AFTER_ADOPTION, ElementStatus.UNKNOWN, "No date is known for the transfer; the measure applies from "
                    + m.adopted() + ".", ev);
        }
        String adopted = m.adopted();
        // A partial date ("2024", "2024-02") is after adoption when even its earliest day is.
        String prefix = adopted.substring(0, Math.min(adopted.length(), d.date.length()));
        int cmp = d.date.compareTo(prefix);
        ElementStatus st = cmp > 0 ? ElementStatus.MET : cmp < 0 ? ElementStatus.NOT_MET
                : d.date.length() >= adopted.length() ? ElementStatus.MET : ElementStatus.UNKNOWN;
        String text = "The transfer dates from " + d.date + " (" + d.dateBasis + "); the measure applies from " + adopted + ".";
        return step(DATE_AFTER_ADOPTION, st, text, ev);
    }

    private ReasoningStep noExemption(IncidentDraft d, MeasureDefinition m) {
        String item = d.item.toLowerCase(Locale.ROOT);
        for (MeasureDefinition.ExemptionDefinition ex : m.exemptionsOrEmpty()) {
            for (String t : ex.terms()) {
                if (!item.isEmpty() && item.contains(t.toLowerCase(Locale.ROOT))) {
                    return step(NO_EXEMPTION, ElementStatus.NOT_MET, "The item '" + d.item + "' may fall under the exemption for "
                            + ex.description() + ".", evidence(d.itemClaims));
                }
            }
        }
        String text = m.exemptionsOrEmpty().isEmpty() ? "The measure provides no exemption that could apply."
                : "None of the measure's exemptions (" + m.exemptionsOrEmpty().stream()
                .map(MeasureDefinition.ExemptionDefinition::description).collect(Collectors.joining("; ")) + ") fits the item.";
        return step(NO_EXEMPTION, ElementStatus.MET, text, List.of());
    }

    private ReasoningStep evidenceStrength(IncidentDraft d) {
        List<String> parts = new ArrayList<>();
        parts.add("Strongest claim: " + d.modality.name().toLowerCase(Locale.ROOT));
        parts.add(d.independentLines + " independent line(s) of evidence from " + d.claims.stream()
                .map(Claim::getSourceId).distinct().count() + " source(s)");
        if (!d.officialConfirmations.isEmpty()) {
            parts.add("confirmed by an official (" + d.officialConfirmations.stream().map(c -> ClaimArgs.speaker(c, id -> Optional.empty())
                    .map(PartyRef::label).orElse("a spokesperson")).distinct().collect(Collectors.joining(", ")) + ")");
        }
        if (!d.hedges.isEmpty()) {
            parts.add("hedged (" + String.join(", ", d.hedges) + ")");
        }
        if (d.denied()) {
            parts.add("denied by " + d.denials.size() + " claim(s)");
        }
        if (!d.conflictNotes.isEmpty()) {
            parts.add("sources disagree: " + String.join("; ", d.conflictNotes));
        }
        List<Claim> all = new ArrayList<>(d.claims);
        all.addAll(d.confirmations);
        all.addAll(d.denials);
        ElementStatus st = d.confirmed() ? ElementStatus.MET : ElementStatus.UNKNOWN;
        return step(EVIDENCE_STRENGTH, st, String.join("; ", parts) + ".", evidence(all));
    }

    private double baseConfidence(IncidentDraft d) {
        double c = switch (d.modality) {
            case ASSERTED -> 0.75;
            case REPORTED -> 0.65;
            case SPECULATIVE -> 0.45;
            case ALLEGED -> 0.35;
            case DENIED -> 0.15;
            default -> 0.3;
        };
        if (!d.officialConfirmations.isEmpty()) {
            c += 0.1;
        } else if (!d.confirmations.isEmpty()) {
            c += 0.05;
        }
        c += Math.min(0.1, 0.05 * Math.max(0, d.independentLines - 1));
        c -= Math.min(0.15, 0.05 * d.hedges.size());
        if (d.denied()) {
            c -= 0.15;
        }
        if (!d.conflictNotes.isEmpty()) {
            c -= 0.05;
        }
        return c;
    }

    private String summary(IncidentDraft d, MeasureDefinition m, Outcome o, double conf, List<ReasoningStep> notMet, long unknown) {
        String what = (d.kind.equals("alleged_transfer") ? "Alleged transfer" : "Transfer") + " of "
                + (d.item.isEmpty() ? "an unnamed item" : "'" + d.item + "'") + " from " + d.giver.label() + " to " + d.recipient.label();
        String why = switch (o) {
            case NOT_APPLICABLE, NO_VIOLATION -> "not met: " + notMet.stream().map(ReasoningStep::getElement).collect(Collectors.joining(", "));
            case INSUFFICIENT_EVIDENCE, POSSIBLE_VIOLATION -> unknown > 0 ? unknown + " element(s) unknown"
                    : d.denied() ? "alleged and denied" : "alleged only";
            case VIOLATION -> "all elements met; the transfer is confirmed";
            case LIKELY_VIOLATION -> "all elements met; the transfer is reported but not confirmed";
            default -> "";
        };
        return m.id() + ": " + o.name() + " (confidence " + conf + ") — " + what + "; " + why + ".";
    }

    private List<Evidence> evidenceFor(IncidentDraft d, String role) {
        List<Evidence> out = new ArrayList<>();
        for (Claim c : d.claims) {
            Optional<ClaimArgument> a = ClaimArgs.first(c, role);
            a.ifPresent(arg -> out.add(evidence(c, arg.hasSpan() && arg.getSpan().getEnd() > 0 ? arg.getSpan() : c.getSpan())));
        }
        return out;
    }

    private List<Evidence> evidence(List<Claim> claims) {
        return claims.stream().distinct().map(c -> evidence(c, c.getSpan())).toList();
    }

    private Evidence evidence(Claim c, Span span) {
        Source s = sources.get(c.getSourceId());
        return Evidence.newBuilder()
                .setClaimId(c.getId())
                .setSourceId(c.getSourceId())
                .setSourceTitle(s == null ? "" : s.getTitle())
                .setSpan(span)
                .setClaimSummary(c.getSummary())
                .build();
    }

    private static ReasoningStep step(String element, ElementStatus st, String text, List<Evidence> ev) {
        EvidenceSelection listed = EvidenceSelection.of(ev);
        return ReasoningStep.newBuilder().setElement(element).setStatus(st).setExplanation(text)
                .addAllEvidence(listed.kept()).setEvidenceOmitted(listed.omitted()).build();
    }
}
