package dossier.sanctions.measures;

import java.util.List;

/** What an item is in sanctions terms; empty categories mean UNKNOWN (no guess is made). */
public record ItemClassification(String item, List<String> categories, List<String> hsHeadings, List<String> matchedTerms) {
    public boolean known() {
        return !categories.isEmpty();
    }

    /** Whether one of the item's HS headings falls under a measure's heading or range ("8703" in "86-89"). */
    public boolean inHs(List<String> measureHeadings) {
        if (measureHeadings == null) {
            return false;
        }
        for (String item : hsHeadings) {
            for (String h : measureHeadings) {
                if (h.contains("-")) {
                    String[] r = h.split("-");
                    int len = r[0].length();
                    if (item.length() >= len) {
                        int v = Integer.parseInt(item.substring(0, len));
                        if (v >= Integer.parseInt(r[0]) && v <= Integer.parseInt(r[1])) {
                            return true;
                        }
                    }
                } else if (item.startsWith(h) || h.startsWith(item)) {
                    return true;
                }
            }
        }
        return false;
    }
}
