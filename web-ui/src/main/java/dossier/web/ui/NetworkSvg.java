package dossier.web.ui;

import static dossier.web.ui.Svg.num;

import dossier.web.model.Network;
import dossier.web.model.Timeline;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Draws a {@link Network} as SVG: people as circles, organisations as rounded boxes, states as
 * hexagons, items as squares; listed parties ringed in red with their lists; edges as labelled
 * arrows. Each node is focusable and named with its roles, listings and links.
 */
final class NetworkSvg {

    static final double R = 24;

    private NetworkSvg() {
    }

    static String render(Network n) {
        Map<String, Network.Node> byId = new LinkedHashMap<>();
        n.nodes().forEach(node -> byId.put(node.id(), node));
        Svg s = new Svg();
        s.open("svg", "xmlns", "http://www.w3.org/2000/svg", "id", "network-svg", "class", "network-svg",
                "viewBox", "0 0 " + num(n.width()) + " " + num(n.height()), "width", num(n.width()),
                "role", "group", "aria-label", "Network of the case: " + n.nodes().size() + " parties and items, "
                        + n.edges().size() + " links");
        s.open("defs").open("marker", "id", "arrow", "viewBox", "0 0 10 10", "refX", "9", "refY", "5",
                "markerWidth", "7", "markerHeight", "7", "orient", "auto-start-reverse")
                .empty("path", "d", "M0 0 L10 5 L0 10 z", "class", "nw-arrow").close("marker").close("defs");
        s.open("g", "aria-hidden", "true");
        for (Network.Edge e : n.edges()) {
            Network.Node a = byId.get(e.from());
            Network.Node b = byId.get(e.to());
            if (a == null || b == null) {
                continue;
            }
            double dx = b.x() - a.x();
            double dy = b.y() - a.y();
            double len = Math.max(1, Math.hypot(dx, dy));
            double ux = dx / len;
            double uy = dy / len;
            double x1 = a.x() + ux * (R + 4);
            double y1 = a.y() + uy * (R + 4);
            double x2 = b.x() - ux * (R + 6);
            double y2 = b.y() - uy * (R + 6);
            s.empty("line", "x1", num(x1), "y1", num(y1), "x2", num(x2), "y2", num(y2), "class", "nw-edge",
                    "marker-end", "url(#arrow)");
            s.element("text", e.label(), "x", num((x1 + x2) / 2), "y", num((y1 + y2) / 2 - 5), "class", "nw-edge-label",
                    "text-anchor", "middle");
        }
        s.close("g");
        for (Network.Node node : n.nodes()) {
            node(s, node, n.edges(), byId);
        }
        return s.close("svg").toString();
    }

    static String ariaLabel(Network.Node node, List<Network.Edge> edges, Map<String, Network.Node> byId) {
        StringBuilder b = new StringBuilder(node.label()).append(", ").append(node.kind().name().toLowerCase());
        if (!node.roles().isEmpty()) {
            b.append("; roles: ").append(String.join(", ", node.roles()));
        }
        if (node.listed()) {
            b.append("; listed: ").append(String.join(", ", node.listings()));
        }
        String out = edges.stream().filter(e -> e.from().equals(node.id()) && byId.containsKey(e.to()))
                .map(e -> e.label() + " → " + byId.get(e.to()).label()).collect(Collectors.joining(", "));
        String in = edges.stream().filter(e -> e.to().equals(node.id()) && byId.containsKey(e.from()))
                .map(e -> byId.get(e.from()).label() + " (" + e.label() + ")").collect(Collectors.joining(", "));
        if (!out.isEmpty()) {
            b.append("; links: ").append(out);
        }
        if (!in.isEmpty()) {
            b.append("; linked from: ").append(in);
        }
        return b.toString();
    }

    private static void node(Svg s, Network.Node node, List<Network.Edge> edges, Map<String, Network.Node> byId) {
        String aria = ariaLabel(node, edges, byId);
        s.open("g", "id", "nw-" + node.id(), "class", "nw-node nw-" + node.kind().name().toLowerCase()
                        + (node.listed() ? " nw-listed" : ""),
                "role", "button", "tabindex", "0", "aria-label", aria, Links.DETAIL, node.id());
        s.element("title", aria);
        double x = node.x();
        double y = node.y();
        if (node.listed()) {
            s.empty("circle", "cx", num(x), "cy", num(y), "r", num(R + 6), "class", "nw-ring");
        }
        switch (node.kind()) {
            case PERSON -> s.empty("circle", "cx", num(x), "cy", num(y), "r", num(R), "class", "nw-shape");
            case ORGANISATION -> s.empty("rect", "x", num(x - R), "y", num(y - R * 0.8), "width", num(2 * R),
                    "height", num(1.6 * R), "rx", "6", "class", "nw-shape");
            case STATE -> s.empty("polygon", "points", hexagon(x, y), "class", "nw-shape");
            case ITEM -> s.empty("rect", "x", num(x - R * 0.9), "y", num(y - R * 0.9), "width", num(1.8 * R),
                    "height", num(1.8 * R), "class", "nw-shape");
            case OTHER -> s.empty("circle", "cx", num(x), "cy", num(y), "r", num(R * 0.8), "class", "nw-shape nw-dashed");
        }
        s.element("text", initials(node), "x", num(x), "y", num(y + 5), "class", "nw-initials", "text-anchor", "middle",
                "aria-hidden", "true");
        // name and listings below the shape, or above it when the node's edges leave downwards
        int lines = 1 + node.listings().size();
        double ly = node.labelAbove() ? y - R - 12 - (lines - 1) * 15 : y + R + 20;
        s.element("text", Timeline.shorten(node.label(), 34), "x", num(x), "y", num(ly), "class", "nw-label",
                "text-anchor", "middle");
        ly += 16;
        for (String listing : node.listings()) {
            s.element("text", listing, "x", num(x), "y", num(ly), "class", "nw-listing", "text-anchor", "middle");
            ly += 15;
        }
        s.close("g");
    }

    private static String hexagon(double x, double y) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            double a = Math.PI / 3 * i;
            b.append(num(x + R * Math.cos(a))).append(',').append(num(y + R * Math.sin(a))).append(' ');
        }
        return b.toString().trim();
    }

    /** Two letters inside the shape, so kinds read apart even in grey. */
    static String initials(Network.Node node) {
        String[] words = node.label().replaceAll("[^\\p{L}\\s]", " ").trim().split("\\s+");
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && b.length() < 2) {
                b.append(Character.toUpperCase(w.charAt(0)));
            }
        }
        return b.toString();
    }
}
