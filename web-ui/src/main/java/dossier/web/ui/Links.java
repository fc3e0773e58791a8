package dossier.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import dossier.web.model.Target;
import java.util.function.Consumer;

/**
 * Links inside the case file. A link is any element with a {@code data-target} (or, inside a
 * picture, a {@code data-detail}); one listener on the page follows them all, by click or by
 * Enter/Space, so thousands of timeline marks cost no listener each and SVG marks link like HTML.
 */
final class Links {

    static final String TARGET = "data-target";
    static final String DETAIL = "data-detail";

    private Links() {
    }

    /** Makes a component a keyboard-reachable link to a place in the case file. */
    static <C extends Component> C to(C component, Target target, String ariaLabel) {
        Element e = component.getElement();
        e.setAttribute(TARGET, target.encode());
        e.setAttribute("role", "link");
        e.setAttribute("tabindex", "0");
        if (ariaLabel != null && !ariaLabel.isBlank()) {
            e.setAttribute("aria-label", ariaLabel);
        }
        e.getClassList().add("go");
        return component;
    }

    /**
     * Calls {@code action} with the attribute's value when an element carrying it (or inside one) under
     * {@code root} is clicked or activated from the keyboard.
     */
    static void onActivate(Element root, String attribute, Consumer<String> action) {
        String closest = "event.target.closest('[" + attribute + "]')";
        String value = "(" + closest + " ? " + closest + ".getAttribute('" + attribute + "') : '')";
        root.addEventListener("click", e -> action.accept(e.getEventData().path(value).asText("")))
                .addEventData(value).setFilter(closest + " !== null");
        root.addEventListener("keydown", e -> action.accept(e.getEventData().path(value).asText("")))
                .addEventData(value)
                // Space on a link must not scroll the page as well; only then, never while typing
                .addEventData("(event.key === ' ' && " + closest + " !== null) ? (event.preventDefault(), 1) : 0")
                .setFilter("(event.key === 'Enter' || event.key === ' ') && " + closest + " !== null");
    }
}
