package dossier.source.eval.events;

import java.util.List;
import java.util.Map;

/**
 * An extracted claim as the scorer sees it, whichever extractor made it: its event kind (wire
 * name), where it lies in the article, its modality and its role values (roles already mapped onto
 * the event model).
 */
public record PredictedEvent(String id, String article, String kind, String modality, int start, int end,
                             Map<String, List<Value>> roles) {

    public PredictedEvent {
        roles = roles == null ? Map.of() : roles;
    }

    /**
     * One role value: the text, its normalised form, and when known a number (a quantity or an
     * amount) and a date interval (ISO start and end).
     */
    public record Value(String text, String normalized, Double number, String start, String end) {
        public static Value of(String text) {
            return new Value(text, "", null, "", "");
        }

        public static Value interval(String text, String start, String end) {
            return new Value(text, "", null, start, end);
        }
    }

    public List<Value> values(String role) {
        return roles.getOrDefault(role, List.of());
    }

    public boolean overlaps(int from, int to) {
        return start < to && end > from;
    }
}
