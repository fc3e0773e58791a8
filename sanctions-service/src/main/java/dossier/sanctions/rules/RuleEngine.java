package dossier.sanctions.rules;

import dossier.sanctions.measures.ItemClassifier;
import dossier.sanctions.measures.MeasureDefinition;
import dossier.sanctions.v1.Incident;
import dossier.sanctions.v1.IncidentParty;
import dossier.sanctions.v1.Verdict;
import dossier.source.v1.Claim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Builds the incidents of a case and evaluates every incident against every measure. */
public final class RuleEngine {
    private final List<MeasureDefinition> measures;
    private final IncidentBuilder incidents;

    public RuleEngine(List<MeasureDefinition> measures, ItemClassifier classifier) {
        this.measures = List.copyOf(measures);
        Set<String> verbs = new LinkedHashSet<>();
        measures.forEach(m -> verbs.addAll(m.conduct()));
        this.incidents = new IncidentBuilder(classifier, verbs);
    }

    public Evaluation evaluate(CaseFacts facts, EntityLookup lookup, String evaluatedAt) {
        List<IncidentDraft> drafts = incidents.build(facts, lookup);
        MeasureEvaluator evaluator = new MeasureEvaluator(facts.sourcesById());
        List<Incident> out = new ArrayList<>();
        List<Verdict> verdicts = new ArrayList<>();
        for (IncidentDraft d : drafts) {
            out.add(toIncident(d));
            for (MeasureDefinition m : measures) {
                verdicts.add(evaluator.evaluate(d, m, evaluatedAt));
            }
        }
        return new Evaluation(drafts, out, verdicts);
    }

    static Incident toIncident(IncidentDraft d) {
        Incident.Builder b = Incident.newBuilder()
                .setId(d.id)
                .setKind(d.kind)
                .setItem(d.item)
                .setItemClassification(String.join(", ", d.classification.categories()))
                .addAllHsHeadings(d.classification.hsHeadings())
                .setDate(d.date)
                .setModality(d.modality.name())
                .addAllClaimIds(d.claims.stream().map(Claim::getId).distinct().toList());
        if (d.giver.known()) {
            b.addParties(IncidentParty.newBuilder().setRole("giver").setEntityId(d.giver.entityId()).setName(d.giver.label()));
        }
        if (d.recipient.known()) {
            b.addParties(IncidentParty.newBuilder().setRole("recipient").setEntityId(d.recipient.entityId()).setName(d.recipient.label()));
        }
        for (String s : d.giverStates) {
            b.addParties(IncidentParty.newBuilder().setRole("giver_state").setEntityId(d.giver.isCountry() ? d.giver.entityId() : "")
                    .setName(countryName(s)));
        }
        for (String s : d.recipientStates) {
            b.addParties(IncidentParty.newBuilder().setRole("recipient_state").setEntityId(d.recipient.isCountry() ? d.recipient.entityId() : "")
                    .setName(countryName(s)));
        }
        String item = d.itemNamed.isEmpty() ? "an unnamed item" : d.itemNamed;
        b.setSummary((d.kind.equals("alleged_transfer") ? "Alleged transfer of " : "Transfer of ") + item + " from "
                + d.giver.label() + " to " + d.recipient.label() + (d.date.isEmpty() ? "" : " (" + d.date + ")"));
        return b.build();
    }

    static String countryName(String code) {
        String name = Locale.of("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() || name.equalsIgnoreCase(code) ? code.toUpperCase(Locale.ROOT) : name;
    }
}
