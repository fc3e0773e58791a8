package dossier.sanctions.rules;

import dossier.model.v1.Element;
import dossier.support.model.EventModel;

import java.util.Locale;

/** The element names as they travel (ReasoningStep.element): the declared Element enum's, upper case. */
public final class Elements {
    public static final String BOUND_ACTOR = name(Element.ELEMENT_BOUND_ACTOR);
    public static final String CONDUCT = name(Element.ELEMENT_CONDUCT);
    public static final String ITEM_IN_SCOPE = name(Element.ELEMENT_ITEM_IN_SCOPE);
    public static final String DESTINATION = name(Element.ELEMENT_DESTINATION);
    public static final String DATE_AFTER_ADOPTION = name(Element.ELEMENT_DATE_AFTER_ADOPTION);
    public static final String NO_EXEMPTION = name(Element.ELEMENT_NO_EXEMPTION);
    /** Not an element of the measure: how well the incident itself is established. */
    public static final String EVIDENCE_STRENGTH = name(Element.ELEMENT_EVIDENCE_STRENGTH);
    public static final String LISTED_PARTY = name(Element.ELEMENT_LISTED_PARTY);
    public static final String KNOWLEDGE = name(Element.ELEMENT_KNOWLEDGE);

    private Elements() {
    }

    public static String name(Element e) {
        return EventModel.wire(e).toUpperCase(Locale.ROOT);
    }

    /** Validates an element name from a data file against the declared model. */
    public static String require(String name) {
        String wire = name.toLowerCase(Locale.ROOT);
        for (Element e : Element.values()) {
            if (e != Element.UNRECOGNIZED && e != Element.ELEMENT_UNSPECIFIED && EventModel.wire(e).equals(wire)) {
                return name(e);
            }
        }
        throw new IllegalStateException("'" + name + "' is not an element of the event model (event_model.proto Element)");
    }
}
