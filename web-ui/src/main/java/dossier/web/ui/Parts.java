package dossier.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dossier.web.model.Badge;

/** Small building blocks shared by the views: badges, labelled values, cards. */
final class Parts {

    private Parts() {
    }

    static Span badge(Badge badge) {
        Span s = new Span(badge.label());
        s.getElement().setAttribute("theme", badge.theme());
        return s;
    }

    static Span badge(String label, String theme) {
        return badge(new Badge(label, theme));
    }

    /** "Label: value" where the label is muted; value set as text. */
    static Span labelled(String label, String value) {
        Span l = new Span(label + ": ");
        l.addClassName("muted");
        Span v = new Span(value);
        Span both = new Span(l, v);
        both.addClassName("labelled");
        return both;
    }

    static Div card(Component... children) {
        Div d = new Div(children);
        d.addClassName("card");
        return d;
    }

    static Div row(Component... children) {
        Div d = new Div(children);
        d.addClassName("row");
        return d;
    }

    /** One entry of a picture's legend: a swatch styled by {@code className} (hidden from screen readers) and its words. */
    static Span legendKey(String className, String text) {
        Span key = new Span();
        key.addClassName("key");
        key.addClassName(className);
        key.getElement().setAttribute("aria-hidden", "true");
        return new Span(key, new Span(text));
    }

    static Span muted(String text) {
        Span s = new Span(text);
        s.addClassName("muted");
        return s;
    }

    static Div empty(String text) {
        Div d = new Div(new Span(text));
        d.addClassName("empty");
        return d;
    }
}
