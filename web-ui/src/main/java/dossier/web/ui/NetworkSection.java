package dossier.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.Party;
import dossier.sanctions.v1.ScreeningHit;
import dossier.source.v1.Source;
import dossier.web.model.CaseFileIndex;
import dossier.web.model.Formats;
import dossier.web.model.Network;
import dossier.web.model.Overview;
import java.util.LinkedHashMap;
import java.util.Map;

/** The network picture, and below it the hits and claims of the party or item picked in it. */
final class NetworkSection {

    private NetworkSection() {
    }

    static Component of(CaseFile file, Network network, CaseFileIndex index) {
        Div root = new Div();
        root.setId("network");
        Map<String, Source> sources = new LinkedHashMap<>();
        file.getSourcesList().forEach(s -> sources.put(s.getId(), s));
        Map<String, Party> parties = new LinkedHashMap<>();
        file.getPartiesList().forEach(p -> parties.put(p.getEntityId(), p));
        Div legend = Parts.row(Parts.legendKey("nw-key-person", "person"), Parts.legendKey("nw-key-organisation", "organisation"),
                Parts.legendKey("nw-key-state", "state"), Parts.legendKey("nw-key-item", "item"), Parts.legendKey("nw-key-listed", "on a sanctions list"));
        legend.addClassName("legend");
        Div picture = new Div();
        picture.addClassName("picture");
        picture.getElement().setProperty("innerHTML", NetworkSvg.render(network));
        Div detail = new Div(Parts.muted("Pick a party or item in the network to read its list hits, claims and sentences."));
        detail.setId("network-detail");
        detail.addClassName("detail-panel");
        detail.getElement().setAttribute("aria-live", "polite");
        Links.onActivate(picture.getElement(), Links.DETAIL, id -> network.nodes().stream()
                .filter(n -> n.id().equals(id)).findFirst()
                .ifPresent(n -> show(detail, n, parties.get(n.entityId()), index, sources)));
        root.add(legend, picture, detail);
        return root;
    }

    private static void show(Div detail, Network.Node node, Party party, CaseFileIndex index, Map<String, Source> sources) {
        detail.removeAll();
        H4 title = new H4(node.label());
        title.setId("network-detail-title");
        detail.add(title);
        Div facts = Parts.row(Parts.labelled("Roles", Formats.joined(node.roles())));
        if (node.target() != null) {
            Span open = new Span("Open in Parties");
            facts.add(Links.to(open, node.target(), "Open " + node.label() + " in Parties"));
        }
        detail.add(facts);
        if (party != null) {
            var hits = Overview.activeHits(party);
            if (hits.isEmpty()) {
                detail.add(Parts.muted("No list hits."));
            }
            for (ScreeningHit h : hits) {
                Div hit = Parts.row(Parts.badge(h.getList(), "badge error"), new Span(h.getProgram()),
                        Parts.labelled("Listed as", h.getName()), Parts.labelled("Ref", Formats.orDash(h.getReference())),
                        Parts.labelled("Score", Formats.percent(h.getScore())));
                hit.addClassName("network-hit");
                detail.add(hit);
            }
        }
        int shown = 0;
        for (String claimId : node.claimIds()) {
            var c = index.claim(claimId);
            if (c.isPresent()) {
                detail.add(Sentences.of(c.get(), index, sources, "network-sentence-" + c.get().getId()));
                shown++;
            }
        }
        if (shown == 0) {
            detail.add(Parts.muted("No claim in the case file names it."));
        }
    }
}
