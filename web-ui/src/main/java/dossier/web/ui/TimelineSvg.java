package dossier.web.ui;

import static dossier.web.ui.Svg.num;

import dossier.web.model.Timeline;

/**
 * Draws a {@link Timeline} as SVG: lanes, a date axis, event spans (bars for intervals, dots for
 * days, faded ends where a side is open), sources as diamonds, adoptions as flags. Every mark
 * is focusable, named for a screen reader and carries where it leads.
 */
final class TimelineSvg {

    /** The average width of a character of the 12 px labels, to tell whether a label fits. */
    static final double CHAR_WIDTH = 6.0;

    private TimelineSvg() {
    }

    static String render(Timeline t) {
        Svg s = new Svg();
        long events = t.items().stream().filter(i -> i.kind() == Timeline.Kind.EVENT).count();
        long sources = t.items().stream().filter(i -> i.kind() == Timeline.Kind.SOURCE).count();
        s.open("svg", "xmlns", "http://www.w3.org/2000/svg", "id", "timeline-svg", "class", "timeline-svg",
                "viewBox", "0 0 " + num(t.width()) + " " + num(t.height()), "width", num(t.width()),
                "role", "group", "aria-label", "Timeline from " + t.from() + " to " + t.to() + ": " + events
                        + " event dates, " + sources + " sources");
        // lanes
        int n = 0;
        for (Timeline.Lane lane : t.lanes()) {
            s.empty("rect", "x", "0", "y", num(lane.y()), "width", num(t.width()), "height", num(lane.height()),
                    "class", n++ % 2 == 0 ? "tl-lane" : "tl-lane tl-lane-alt", "aria-hidden", "true");
            s.open("text", "x", "8", "y", num(lane.y() + 17), "class", "tl-lane-label").text(lane.label())
                    .element("title", lane.fullLabel()).close("text");
        }
        // axis
        s.empty("line", "x1", num(t.plotLeft()), "x2", num(t.plotRight()), "y1", "26", "y2", "26", "class", "tl-axis",
                "aria-hidden", "true");
        for (Timeline.Tick tick : t.ticks()) {
            s.empty("line", "x1", num(tick.x()), "x2", num(tick.x()), "y1", "22", "y2", num(t.height() - 20),
                    "class", "tl-grid", "aria-hidden", "true");
            s.element("text", tick.label(), "x", num(tick.x()), "y", "17", "class", "tl-tick", "text-anchor", "middle");
        }
        if (t.hasGutter()) {
            double bx = t.plotLeft() - 10;
            s.element("text", "Earlier", "x", num(bx - 60), "y", "17", "class", "tl-tick", "text-anchor", "middle");
            s.empty("path", "d", "M" + num(bx - 4) + " 31 l6 -10 M" + num(bx + 2) + " 31 l6 -10", "class", "tl-break",
                    "aria-hidden", "true");
        }
        for (Timeline.Item i : t.items()) {
            switch (i.kind()) {
                case EVENT -> event(s, t, i);
                case SOURCE -> source(s, i);
                case MEASURE -> measure(s, t, i);
            }
        }
        return s.close("svg").toString();
    }

    private static void event(Svg s, Timeline t, Timeline.Item i) {
        s.open("g", "id", "tl-" + i.id(), "class", "tl-item tl-event" + (i.conflicting() ? " tl-conflict" : ""),
                "role", "button", "tabindex", "0", "aria-label", i.ariaLabel(), Links.DETAIL, i.id());
        s.element("title", i.ariaLabel());
        double labelX;
        if (i.interval()) {
            s.empty("rect", "x", num(i.x1()), "y", num(i.y() - 7), "width", num(Math.max(3, i.x2() - i.x1())),
                    "height", "14", "rx", "4", "class", "tl-bar" + (i.openStart() ? " tl-open-start" : "")
                            + (i.openEnd() ? " tl-open-end" : ""));
            labelX = i.x2() + 8;
        } else {
            s.empty("circle", "cx", num(i.x1()), "cy", num(i.y()), "r", "7", "class", "tl-dot");
            labelX = i.x1() + 12;
        }
        String label = i.label() + (i.conflicting() ? " (disputed)" : "");
        // right of the mark when it fits, else left of it (clear of the lane labels), else inside
        // the bar, else right and shortened to the room there
        double roomRight = t.width() - 4 - labelX;
        double roomLeft = Math.min(i.x1(), i.x2()) - 10 - Timeline.LABEL_WIDTH;
        double roomInside = i.interval() ? i.x2() - i.x1() - 12 : 0;
        double width = label.length() * CHAR_WIDTH;
        String x;
        String anchor = "start";
        String cls = "tl-label";
        if (width <= roomRight) {
            x = num(labelX);
        } else if (width <= roomLeft) {
            x = num(Math.min(i.x1(), i.x2()) - 10);
            anchor = "end";
        } else if (width <= roomInside) {
            x = num(i.x1() + 6);
            cls = "tl-label tl-label-inside";
        } else {
            x = num(labelX);
            label = Timeline.shorten(label, Math.max(8, (int) (roomRight / CHAR_WIDTH)));
        }
        s.element("text", label, "x", x, "y", num(i.y() + 4), "class", cls, "text-anchor", anchor);
        s.close("g");
    }

    private static void source(Svg s, Timeline.Item i) {
        s.open("g", "id", "tl-" + i.id(), "class", "tl-item tl-source", "role", "link", "tabindex", "0",
                "aria-label", i.ariaLabel(), Links.TARGET, i.target().encode());
        s.element("title", i.ariaLabel());
        s.empty("rect", "x", num(i.x1() - 4.5), "y", num(i.y() - 4.5), "width", "9", "height", "9",
                "transform", "rotate(45 " + num(i.x1()) + " " + num(i.y()) + ")", "class", "tl-diamond");
        s.close("g");
    }

    private static void measure(Svg s, Timeline t, Timeline.Item i) {
        s.open("g", "id", "tl-" + i.id(), "class", "tl-item tl-measure", "role", "link", "tabindex", "0",
                "aria-label", i.ariaLabel(), Links.TARGET, i.target().encode());
        s.element("title", i.ariaLabel());
        if (i.x1() >= t.plotLeft()) {
            s.empty("line", "x1", num(i.x1()), "x2", num(i.x1()), "y1", num(i.y() - 6), "y2", num(t.height() - 20),
                    "class", "tl-adoption");
        }
        s.empty("path", "d", "M" + num(i.x1()) + " " + num(i.y() - 6) + " l0 12 M" + num(i.x1()) + " " + num(i.y() - 6)
                + " l9 3 l-9 3", "class", "tl-flag");
        s.element("text", i.label(), "x", num(i.x1() + 12), "y", num(i.y() + 4), "class", "tl-label");
        s.close("g");
    }
}
