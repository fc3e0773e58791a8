package dossier.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.select.Select;
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
import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.OverrideVerdictRequest;
import dossier.sanctions.v1.ReasoningStep;
import dossier.sanctions.v1.Verdict;
import dossier.sanctions.v1.VerdictOverride;
import dossier.web.model.Badges;
import dossier.web.model.CaseFileIndex;
import dossier.web.model.EvidenceDigest;
import dossier.web.model.Target;
import dossier.web.model.Formats;
import dossier.web.model.Verdicts;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The verdicts grouped by incident, each with the outcome that counts (an analyst's override beside
 * the computed one), its citations and reasoning chain down to the quoted spans.
 */
final class VerdictsSection {

    private VerdictsSection() {
    }

    static Component of(CaseFile file, CaseActions actions, CaseFileIndex index) {
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
                root.add(incident(incident, verdicts, actions, index));
            }
        }
        // verdicts whose incident the file does not carry are still shown, never dropped
        byIncident.forEach((id, verdicts) -> root.add(incident(
                Incident.newBuilder().setId(id).setSummary("Incident " + id).build(), verdicts, actions, index)));
        return root;
    }

    private static Div incident(Incident incident, List<Verdict> verdicts, CaseActions actions, CaseFileIndex index) {
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
        verdicts.stream().sorted(Comparator.comparingInt(v -> Badges.severity(Verdicts.effective(v))))
                .forEach(v -> box.add(verdict(v, actions, index)));
        return box;
    }

    private static Div verdict(Verdict v, CaseActions actions, CaseFileIndex index) {
        H4 title = new H4(Formats.orDash(v.getMeasureTitle()));
        Span regime = Parts.badge(Formats.orDash(v.getRegime()), "badge contrast");
        // the outcome that counts comes first and largest; an overridden computed one stays beside it
        Span outcome = Parts.badge(Badges.outcome(Verdicts.effective(v), v.getNature()));
        outcome.setId("verdict-outcome-" + v.getId());
        outcome.addClassName("verdict-outcome");
        Div head = Parts.row(title, regime, outcome);
        if (Verdicts.overridden(v)) {
            Span computed = Parts.badge(Badges.outcome(v.getOutcome(), v.getNature()));
            computed.addClassName("computed-outcome");
            Span computedBox = new Span(Parts.muted("computed "), computed,
                    Parts.muted(" confidence " + Formats.percent(v.getConfidence())));
            computedBox.setId("verdict-computed-" + v.getId());
            head.add(Parts.badge("Analyst's verdict", "badge"), computedBox);
        } else {
            head.add(Parts.muted("confidence " + Formats.percent(v.getConfidence())));
        }
        Button override = new Button(Verdicts.overridden(v) ? "Change override" : "Override",
                e -> SignedInUser.act(analyst -> overrideDialog(v, actions, analyst).open()));
        override.setId("override-" + v.getId());
        override.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        override.addClassName("push-right");
        override.setVisible(SignedInUser.mayReview());
        head.add(override);
        Div card = Parts.card(head);
        card.setId("verdict-" + v.getId());
        if (Verdicts.overridden(v)) {
            card.add(overrideNote(v));
        }

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
            v.getReasoningList().forEach(s -> steps.add(step(s, index)));
            Details reasoning = new Details("Reasoning (" + v.getReasoningCount() + " elements)", steps);
            reasoning.setOpened(Badges.engages(v.getOutcome()) || Badges.engages(Verdicts.effective(v)));
            reasoning.setWidthFull();
            card.add(reasoning);
        }
        return card;
    }

    /** Who overrode the computed outcome, when, and in their words why. */
    private static Div overrideNote(Verdict v) {
        VerdictOverride o = v.getOverride();
        Span who = Parts.muted("Overridden by " + Formats.orDash(o.getAnalyst()) + ", "
                + Formats.instant(o.getOverriddenAt()) + ": ");
        Span why = new Span(o.getJustification());
        why.addClassName("justification");
        Div note = new Div(who, why);
        note.setId("verdict-override-" + v.getId());
        note.addClassName("override-note");
        return note;
    }

    private static ReasonDialog overrideDialog(Verdict v, CaseActions actions, String analyst) {
        ReasonDialog d = new ReasonDialog(actions, "override-dialog",
                "Override: " + Formats.orDash(v.getMeasureTitle()), "Justification", analyst);
        Select<Outcome> outcome = new Select<>();
        outcome.setId("override-outcome");
        outcome.setLabel("Outcome (computed: " + Badges.outcome(v.getOutcome()).label() + ", "
                + Formats.percent(v.getConfidence()) + ")");
        outcome.setItems(Verdicts.choosable());
        outcome.setItemLabelGenerator(o -> Badges.outcome(o).label());
        outcome.setValue(Verdicts.effective(v));
        outcome.setWidthFull();
        d.addField(outcome);
        if (Verdicts.overridden(v)) {
            // withdrawing is itself a decision the history keeps, so it is justified like an override
            d.addAction("Withdraw override", "override-withdraw", false,
                    reason -> request(actions, v, Outcome.OUTCOME_UNSPECIFIED, reason, analyst,
                            "Override withdrawn: the computed outcome counts again"));
        }
        d.addAction("Save override", "override-save", true,
                reason -> request(actions, v, outcome.getValue(), reason, analyst,
                        "Verdict overridden: " + Badges.outcome(outcome.getValue()).label()));
        return d;
    }

    private static String request(CaseActions actions, Verdict v, Outcome outcome, String justification,
            String analyst, String done) {
        actions.cases.overrideVerdict(OverrideVerdictRequest.newBuilder()
                .setCaseId(actions.caseId).setVerdictId(v.getId())
                .setOutcome(outcome == null ? Outcome.OUTCOME_UNSPECIFIED : outcome)
                .setJustification(justification).setAnalyst(analyst).build());
        return done;
    }

    private static Div step(ReasoningStep s, CaseFileIndex index) {
        Div row = new Div();
        row.addClassName("step");
        Span element = new Span(Formats.humanize(s.getElement()));
        element.getStyle().set("font-weight", "600");
        row.add(element, new Div(Parts.badge(Badges.element(s.getStatus()))), new Span(s.getExplanation()));
        if (!index.evidenceOf(s).isEmpty()) {
            Div evidence = new Div();
            evidence.addClassName("evidence");
            // per source its strongest sentence; the rest of that source behind a count
            for (EvidenceDigest.PerSource p : EvidenceDigest.of(s, index)) {
                Div line = evidence(p.sourceTitle(), p.strongest());
                if (!p.others().isEmpty()) {
                    Div more = new Div();
                    p.others().forEach(o -> more.add(evidence("", o)));
                    Details others = new Details("+" + p.others().size() + " more from this source", more);
                    others.addClassName("evidence-more");
                    line.add(others);
                }
                evidence.add(line);
            }
            if (s.getEvidenceOmitted() > 0) {
                Div more = new Div(new Span("… and " + s.getEvidenceOmitted() + " more supporting claim"
                        + (s.getEvidenceOmitted() == 1 ? "" : "s") + " (see Claims)"));
                more.addClassName("evidence-omitted");
                evidence.add(more);
            }
            row.add(evidence);
        }
        return row;
    }

    /** A supporting sentence, as a link that opens its source with the span highlighted. */
    private static Div evidence(String sourceTitle, Evidence e) {
        Div line = new Div();
        line.addClassName("evidence-line");
        if (!sourceTitle.isBlank()) {
            Span source = new Span(sourceTitle + ": ");
            source.getStyle().set("font-weight", "500");
            line.add(source);
        }
        String text = e.hasSpan() && !e.getSpan().getText().isBlank() ? e.getSpan().getText() : e.getClaimSummary();
        Span quote = new Span(e.hasSpan() && !e.getSpan().getText().isBlank() ? "“" + text + "”" : Formats.orDash(text));
        quote.addClassName("quote");
        line.add(Links.to(quote, Target.sentence(e.getSourceId(), e.getClaimId()),
                "Open in " + Formats.orDash(e.getSourceTitle()) + ": " + text));
        return line;
    }
}
