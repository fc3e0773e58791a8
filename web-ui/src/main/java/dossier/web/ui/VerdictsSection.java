package dossier.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.Citation;
import dossier.sanctions.v1.Evidence;
import dossier.sanctions.v1.Incident;
import dossier.sanctions.v1.ReasoningStep;
import dossier.sanctions.v1.Verdict;
import dossier.web.model.Badges;
import dossier.web.model.Formats;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The verdicts grouped by incident, each with its citations and reasoning chain down to the quoted spans. */
final class VerdictsSection {

    private VerdictsSection() {
    }

    static Component of(CaseFile file) {
        Div root = new Div();
        root.setId("verdicts");
        if (file.getVerdictsCount() == 0) {
            root.add(Parts.empty("No verdicts yet: evaluate the case once its sources are in."));
            return root;
        }
        Map<String, List<Verdict>> byIncident = file.getVerdictsList().stream()
                .collect(Collectors.groupingBy(Verdict::getIncidentId, LinkedHashMap::new, Collectors.toList()));
        for (Incident incident : file.getIncidentsList()) {
            List<Verdict> verdicts = byIncident.remove(incident.getId());
            if (verdicts != null) {
                root.add(incident(incident, verdicts));
            }
        }
        // verdicts whose incident the file does not carry are still shown, never dropped
        byIncident.forEach((id, verdicts) -> root.add(incident(
                Incident.newBuilder().setId(id).setSummary("Incident " + id).build(), verdicts)));
        return root;
    }

    private static Div incident(Incident incident, List<Verdict> verdicts) {
        Div box = new Div();
        box.addClassName("incident");
        box.setId("incident-" + incident.getId());
        box.add(new H3(Formats.orDash(incident.getSummary())));
        Div facts = Parts.row();
        if (!incident.getKind().isBlank()) {
            facts.add(Parts.badge(Formats.humanize(incident.getKind()), "badge contrast"));
        }
        if (!incident.getItem().isBlank()) {
            facts.add(Parts.labelled("Item", incident.getItem()
                    + (incident.getItemClassification().isBlank() ? "" : " (" + incident.getItemClassification() + ")")));
        }
        if (incident.getHsHeadingsCount() > 0) {
            facts.add(Parts.labelled("HS", String.join(", ", incident.getHsHeadingsList())));
        }
        if (!incident.getDate().isBlank()) {
            facts.add(Parts.labelled("Date", incident.getDate()));
        }
        incident.getPartiesList().forEach(p -> facts.add(Parts.labelled(Formats.humanize(p.getRole()), p.getName())));
        box.add(facts);
        verdicts.stream().sorted(java.util.Comparator.comparingInt(v -> Badges.severity(v.getOutcome())))
                .forEach(v -> box.add(verdict(v)));
        return box;
    }

    private static Div verdict(Verdict v) {
        H4 title = new H4(Formats.orDash(v.getMeasureTitle()));
        Span outcome = Parts.badge(Badges.outcome(v.getOutcome()));
        outcome.setId("verdict-outcome-" + v.getId());
        outcome.addClassName("verdict-outcome");
        Span regime = Parts.badge(Formats.orDash(v.getRegime()), "badge contrast");
        Span confidence = Parts.muted("confidence " + Formats.percent(v.getConfidence()));
        Div card = Parts.card(Parts.row(title, regime, outcome, confidence));
        card.setId("verdict-" + v.getId());

        Div citations = new Div();
        citations.addClassName("citations");
        for (Citation c : v.getCitationsList()) {
            Span line = new Span(Formats.citation(c) + (c.getSummary().isBlank() ? "" : " — " + c.getSummary()));
            line.addClassName("citation");
            citations.add(line);
        }
        card.add(citations);
        if (!v.getSummary().isBlank()) {
            card.add(new Paragraph(v.getSummary()));
        }
        if (v.getReasoningCount() > 0) {
            Div steps = new Div();
            v.getReasoningList().forEach(s -> steps.add(step(s)));
            Details reasoning = new Details("Reasoning (" + v.getReasoningCount() + " elements)", steps);
            reasoning.setOpened(Badges.engages(v.getOutcome()));
            reasoning.setWidthFull();
            card.add(reasoning);
        }
        return card;
    }

    private static Div step(ReasoningStep s) {
        Div row = new Div();
        row.addClassName("step");
        Span element = new Span(Formats.humanize(s.getElement()));
        element.getStyle().set("font-weight", "600");
        row.add(element, new Div(Parts.badge(Badges.element(s.getStatus()))), new Span(s.getExplanation()));
        if (s.getEvidenceCount() > 0) {
            Div evidence = new Div();
            evidence.addClassName("evidence");
            for (Evidence e : s.getEvidenceList()) {
                evidence.add(evidence(e));
            }
            row.add(evidence);
        }
        return row;
    }

    private static Div evidence(Evidence e) {
        Span source = new Span(Formats.orDash(e.getSourceTitle()) + ": ");
        source.getStyle().set("font-weight", "500");
        String quoted = e.hasSpan() && !e.getSpan().getText().isBlank()
                ? "“" + e.getSpan().getText() + "”" : Formats.orDash(e.getClaimSummary());
        Span quote = new Span(quoted);
        quote.addClassName("quote");
        Div line = new Div(source, quote);
        line.addClassName("evidence-line");
        return line;
    }
}
