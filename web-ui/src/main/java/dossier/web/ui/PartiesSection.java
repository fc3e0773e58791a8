package dossier.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import dossier.entity.v1.Decision;
import dossier.entity.v1.Entity;
import dossier.entity.v1.Judgement;
import dossier.entity.v1.RecordDecisionRequest;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.DismissHitRequest;
import dossier.sanctions.v1.HitDismissal;
import dossier.sanctions.v1.Party;
import dossier.sanctions.v1.ScreeningHit;
import dossier.web.client.EntityClient;
import dossier.web.client.ServiceException;
import dossier.web.model.Decisions;
import dossier.web.model.Formats;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Each party with its roles, countries and the list entries that name it. Per list hit the analyst
 * dismisses a false positive (with a reason) or restores it, and judges whether the party and the
 * listed entity are the same; dismissed hits stay visible, greyed, with who, when and why.
 */
final class PartiesSection {

    private PartiesSection() {
    }

    static Component of(CaseFile file, CaseActions actions) {
        Div root = new Div();
        root.setId("parties");
        if (file.getPartiesCount() == 0) {
            root.add(Parts.empty("No parties yet."));
        }
        file.getPartiesList().forEach(p -> root.add(party(p, actions)));
        return root;
    }

    private static Div party(Party p, CaseActions actions) {
        H3 name = new H3(p.getName());
        name.addClassName("party-name");
        Div head = Parts.row(name);
        if (!p.getSchema().isBlank()) {
            head.add(Parts.badge(Formats.humanize(p.getSchema()), "badge contrast"));
        }
        p.getRolesList().forEach(r -> head.add(Parts.badge(Formats.humanize(r), "badge")));
        long open = p.getHitsList().stream().filter(h -> !h.hasDismissal()).count();
        if (open > 0) {
            head.add(Parts.badge(open + (open == 1 ? " list hit" : " list hits"), "badge error"));
        }
        if (open < p.getHitsCount()) {
            head.add(Parts.badge((p.getHitsCount() - open) + " dismissed", "badge contrast"));
        }
        if (!p.getEntityId().isBlank()) {
            Button details = new Button("Entity details", e -> showEntity(actions.entities, p.getEntityId()));
            details.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            head.add(details);
        }
        Div card = Parts.card(head, Parts.row(Parts.labelled("Countries", Formats.joined(p.getCountriesList()))));
        card.setId("party-" + partyKey(p));
        card.addClassName("party");
        if (p.getHitsCount() == 0) {
            card.add(Parts.muted("No list hits."));
            return card;
        }
        Decided decided = decisions(p, actions);
        if (decided.problem() != null) {
            card.add(Parts.muted(decided.problem()));
        }
        p.getHitsList().forEach(h -> card.add(hit(p, h, decided.decisions(), actions)));
        return card;
    }

    private static String partyKey(Party p) {
        return p.getEntityId().isBlank() ? Integer.toHexString(p.getName().hashCode()) : p.getEntityId();
    }

    /** Whether the party and the hit are two entities an analyst can judge (not one and the same record). */
    private static boolean judgeable(Party p, ScreeningHit h) {
        return !p.getEntityId().isBlank() && !h.getEntityId().isBlank() && !p.getEntityId().equals(h.getEntityId());
    }

    private record Decided(List<Decision> decisions, String problem) {
    }

    /** The judgements on the party's entity; entity-service being down costs only this line. */
    private static Decided decisions(Party p, CaseActions actions) {
        if (p.getHitsList().stream().noneMatch(h -> judgeable(p, h))) {
            return new Decided(List.of(), null);
        }
        try {
            return new Decided(actions.entities.listDecisions(p.getEntityId()).getDecisionsList(), null);
        } catch (ServiceException e) {
            return new Decided(List.of(), e.getMessage());
        }
    }

    private static Div hit(Party p, ScreeningHit h, List<Decision> decisions, CaseActions actions) {
        String id = "hit-" + partyKey(p) + "-" + h.getEntityId();
        Div box = new Div();
        box.addClassName("hit");
        box.setId(id);
        Span list = new Span(Formats.orDash(h.getList()));
        list.addClassName("hit-list");
        Div facts = Parts.row(list, Parts.badge(Formats.orDash(h.getProgram()), "badge contrast"),
                Parts.labelled("Ref", Formats.orDash(h.getReference())),
                Parts.labelled("Score", Formats.percent(h.getScore())),
                Parts.labelled("Listed", Formats.orDash(h.getListedOn())));
        if (!h.getName().isBlank()) {
            facts.add(Parts.labelled("Entry", h.getName()
                    + (h.getMatchedName().isBlank() || h.getMatchedName().equals(h.getName())
                            ? "" : " (matched “" + h.getMatchedName() + "”)")));
        }
        box.add(facts);
        if (!h.getJurisdictionNote().isBlank()) {
            Div note = new Div(Parts.muted(h.getJurisdictionNote()));
            note.addClassName("hit-note");
            box.add(note);
        }
        if (h.hasDismissal()) {
            box.addClassName("dismissed");
            HitDismissal d = h.getDismissal();
            Div why = new Div(Parts.badge("Dismissed as false positive", "badge contrast"),
                    Parts.muted(" by " + Formats.orDash(d.getAnalyst()) + ", " + Formats.instant(d.getDismissedAt()) + ": "),
                    justification(d.getReason()));
            why.setId(id + "-dismissal");
            why.addClassName("dismissal");
            box.add(why);
        }
        Optional<Decision> decision = judgeable(p, h)
                ? Decisions.current(decisions, p.getEntityId(), h.getEntityId()) : Optional.empty();
        decision.ifPresent(d -> {
            Div line = new Div(Parts.badge(Decisions.badge(d.getJudgement())),
                    Parts.muted(" " + Decisions.byWhom(d)));
            line.setId(id + "-decision");
            line.addClassName("decision");
            box.add(line);
        });
        box.add(hitActions(p, h, decision, actions, id));
        return box;
    }

    private static Span justification(String text) {
        Span s = new Span(text);
        s.addClassName("justification");
        return s;
    }

    private static Div hitActions(Party p, ScreeningHit h, Optional<Decision> decision, CaseActions actions, String id) {
        Div row = Parts.row();
        row.addClassName("hit-actions");
        if (!SignedInUser.mayReview()) {
            // dismissals and same-entity judgements are a reviewer's
            return row;
        }
        if (h.hasDismissal()) {
            row.add(small("Restore", id + "-restore", () -> SignedInUser.act(analyst -> actions.changeQuietly(() -> {
                actions.cases.dismissHit(dismissal(actions, p, h, analyst).setDismissed(false).build());
                return "List hit restored: " + h.getList() + " " + h.getReference();
            }))));
        } else {
            row.add(small("Dismiss as false positive", id + "-dismiss",
                    () -> SignedInUser.act(analyst -> dismissDialog(p, h, actions, analyst).open())));
        }
        if (judgeable(p, h)) {
            Span question = Parts.muted("Is this " + p.getName() + "?");
            question.addClassName("judge");
            row.add(question);
            for (Judgement j : List.of(Judgement.SAME, Judgement.NOT_SAME, Judgement.UNSURE)) {
                Button b = small(Decisions.label(j), id + "-" + j.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        () -> SignedInUser.act(analyst -> actions.changeQuietly(() -> {
                            actions.entities.recordDecision(RecordDecisionRequest.newBuilder()
                                    .setLeftEntityId(p.getEntityId()).setRightEntityId(h.getEntityId())
                                    .setJudgement(j).setAnalyst(analyst).build());
                            return "Recorded: " + p.getName() + " and " + Formats.orDash(h.getName()) + " — "
                                    + Decisions.label(j).toLowerCase(Locale.ROOT);
                        })));
                if (decision.map(d -> d.getJudgement() == j).orElse(false)) {
                    b.setEnabled(false);   // already the current judgement
                }
                row.add(b);
            }
        }
        return row;
    }

    private static ReasonDialog dismissDialog(Party p, ScreeningHit h, CaseActions actions, String analyst) {
        ReasonDialog d = new ReasonDialog(actions, "dismiss-dialog", "Dismiss as false positive",
                "Why is " + Formats.orDash(h.getName()) + " (" + h.getList() + " " + h.getReference()
                        + ") not " + p.getName() + "?", analyst);
        d.addAction("Dismiss", "dismiss-save", true, reason -> {
            actions.cases.dismissHit(dismissal(actions, p, h, analyst).setReason(reason).setDismissed(true).build());
            return "List hit dismissed: " + h.getList() + " " + h.getReference();
        });
        return d;
    }

    private static DismissHitRequest.Builder dismissal(CaseActions actions, Party p, ScreeningHit h, String analyst) {
        return DismissHitRequest.newBuilder().setCaseId(actions.caseId).setPartyEntityId(p.getEntityId())
                .setHitEntityId(h.getEntityId()).setAnalyst(analyst);
    }

    private static Button small(String label, String id, Runnable action) {
        Button b = new Button(label, e -> action.run());
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return b;
    }

    private static void showEntity(EntityClient entities, String id) {
        Entity e;
        try {
            e = entities.getEntity(id);
        } catch (ServiceException ex) {
            Notices.error(ex.getMessage());
            return;
        }
        Dialog d = new Dialog();
        d.setHeaderTitle(e.getCaption());
        d.setWidth("40em");
        Div body = new Div();
        body.add(Parts.row(Parts.labelled("Schema", Formats.humanize(e.getSchema().name())),
                Parts.labelled("Countries", Formats.joined(e.getCountriesList())),
                Parts.labelled("Born", Formats.joined(e.getBirthDatesList()))));
        body.add(Parts.row(Parts.labelled("Positions", Formats.joined(e.getPositionsList()))));
        Div names = new Div();
        e.getNamesList().forEach(n -> names.add(new Div(new Span(n.getValue()),
                Parts.muted("  " + Formats.humanize(n.getKind().name()) + (n.getScript().isBlank() ? "" : ", " + n.getScript())))));
        body.add(new H3("Names"), names);
        Div ids = new Div();
        e.getIdentifiersList().forEach(i -> ids.add(new Div(new Span(i.getScheme() + ": " + i.getValue()))));
        if (e.getIdentifiersCount() > 0) {
            body.add(new H3("Identifiers"), ids);
        }
        d.add(body);
        d.getFooter().add(new Button("Close", ev -> d.close()));
        d.open();
    }
}
