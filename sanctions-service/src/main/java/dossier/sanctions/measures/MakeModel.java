package dossier.sanctions.measures;

import java.util.List;

/**
 * A make or model and what it is: its HS heading, categories, the heading of its parts, when it
 * was first shown (an event involving it cannot be earlier) and its maker, with the maker's
 * references on the shipped lists when it is designated.
 */
public record MakeModel(List<String> names, String heading, List<String> categories, String partsHeading, Double confidence,
                        String introduced, String introducedNote, Maker manufacturer) {

    public record Maker(String name, List<String> screenNames, List<ListedRef> listed) {
    }

    public record ListedRef(String list, String reference, String name, String program) {
    }
}
