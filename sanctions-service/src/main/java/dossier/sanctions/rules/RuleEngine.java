package dossier.sanctions.rules;

import dossier.model.v1.Role;
import dossier.sanctions.domain.CaseFacts;
import dossier.sanctions.domain.ClaimFact;
import dossier.sanctions.domain.IncidentView;
import dossier.sanctions.domain.VerdictResult;
import dossier.sanctions.measures.HsNomenclature;
import dossier.sanctions.measures.ItemClassifier;
import dossier.sanctions.measures.MeasureDefinition;
import dossier.support.model.EventModel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Builds the incidents of a case and evaluates every incident against every measure for its kind. */
public final class RuleEngine {
    private final List<MeasureDefinition> measures;
    private final IncidentBuilder incidents;
    private final DecisionTable table;
    private final EvidenceWeights weights;
    private final ConductVocabulary vocabulary;

    public RuleEngine(List<MeasureDefinition> measures, ItemClassifier classifier) {
        this(measures, classifier, DecisionTable.standard(), EvidenceWeights.standard(), ConductVocabulary.standard());
    }

    public RuleEngine(List<MeasureDefinition> measures, ItemClassifier classifier, DecisionTable table, EvidenceWeights weights,
                      ConductVocabulary vocabulary) {
        this.measures = List.copyOf(measures);
        this.table = table;
        this.weights = weights;
        this.vocabulary = vocabulary;
        Set<String> verbs = new LinkedHashSet<>();
        measures.forEach(m -> verbs.addAll(m.conductOrEmpty()));
        this.incidents = new IncidentBuilder(classifier, verbs, vocabulary, weights);
    }

    public List<MeasureDefinition> measures() {
        return measures;
    }

    public Evaluation evaluate(CaseFacts facts, EntityLookup lookup, String evaluatedAt) {
        List<IncidentDraft> drafts = incidents.build(facts, lookup);
        MeasureEvaluator evaluator = new MeasureEvaluator(facts.sourcesById(), table, weights, vocabulary,
                HsNomenclature.standard(), lookup.listsLoaded());
        List<IncidentView> out = new ArrayList<>();
        List<VerdictResult> verdicts = new ArrayList<>();
        for (IncidentDraft d : drafts) {
            out.add(view(d));
            for (MeasureDefinition m : measures) {
                if (m.appliesToOrDefault().contains(d.kind)) {
                    verdicts.add(evaluator.evaluate(d, m, evaluatedAt));
                }
            }
        }
        return new Evaluation(drafts, out, verdicts);
    }

    static IncidentView view(IncidentDraft d) {
        List<IncidentView.PartyRole> parties = new ArrayList<>();
        boolean employment = d.employment();
        if (d.giver.known()) {
            parties.add(new IncidentView.PartyRole(EventModel.wire(employment ? Role.ROLE_WORKER : Role.ROLE_GIVER), d.giver.entityId(), d.giver.label()));
        }
        if (d.recipient.known()) {
            parties.add(new IncidentView.PartyRole(EventModel.wire(employment ? Role.ROLE_EMPLOYER : Role.ROLE_RECIPIENT), d.recipient.entityId(),
                    d.recipient.label()));
        }
        d.others.forEach((role, list) -> list.forEach(p -> parties.add(new IncidentView.PartyRole(EventModel.wire(role), p.entityId(), p.label()))));
        if (d.classification != null && d.classification.make().isPresent()) {
            var maker = d.classification.make().get().manufacturer();
            String role = EventModel.wire(Role.ROLE_MANUFACTURER);
            if (parties.stream().noneMatch(p -> p.role().equals(role))) {
                parties.add(new IncidentView.PartyRole(role, "", maker.name()));
            }
        }
        // "giver_state"/"recipient_state": the states the sides act for (not roles of the event model)
        for (String s : d.giverStates) {
            parties.add(new IncidentView.PartyRole(EventModel.wire(Role.ROLE_GIVER) + "_state", d.giver.isCountry() ? d.giver.entityId() : "",
                    countryName(s)));
        }
        for (String s : d.recipientStates) {
            parties.add(new IncidentView.PartyRole(EventModel.wire(Role.ROLE_RECIPIENT) + "_state",
                    d.recipient.isCountry() ? d.recipient.entityId() : "", countryName(s)));
        }
        String item = d.itemNamed.isEmpty() ? "an unnamed item" : d.itemNamed;
        String kind = d.baseKind();
        String summary = (d.alleged() ? "Alleged " + kind : Character.toUpperCase(kind.charAt(0)) + kind.substring(1)) + " of " + item
                + " from " + d.giver.label() + " to " + d.recipient.label() + (d.interval.open() ? "" : " (" + d.interval.text() + ")");
        var cls = d.classification;
        String classification = cls == null || !cls.known() ? "" : String.join(", ", cls.categories());
        return new IncidentView(d.id, d.kind, summary, parties, d.item, classification, cls == null ? List.of() : cls.hsHeadings(),
                d.interval.open() ? "" : d.interval.text(), d.claims.stream().map(ClaimFact::id).distinct().toList(),
                d.modality.name(), d.interval, cls == null ? "none" : cls.method(), cls == null ? 0 : cls.confidence());
    }

    static String countryName(String code) {
        String name = Locale.of("", code.toUpperCase(Locale.ROOT)).getDisplayCountry(Locale.ENGLISH);
        return name.isEmpty() || name.equalsIgnoreCase(code) ? code.toUpperCase(Locale.ROOT) : name;
    }
}
