package dossier.sanctions.measures;

import java.util.List;
import java.util.Optional;

/**
 * What an item is in sanctions terms: its HS code (a chapter, heading or subheading; empty when
 * nothing in the data names it: UNKNOWN, no guess), categories, how it was decided ("make/model",
 * "term", "none"), how sure, the words it matched, and the make or model found (with its maker).
 */
public record ItemClassification(String item, String hs, List<String> categories, String method, double confidence,
                                 List<String> matchedTerms, Optional<MakeModel> make) {

    public static ItemClassification unknown(String item) {
        return new ItemClassification(item, "", List.of(), "none", 0, List.of(), Optional.empty());
    }

    public boolean known() {
        return !hs.isEmpty();
    }

    public List<String> hsHeadings() {
        return hs.isEmpty() ? List.of() : List.of(hs);
    }

    /** Whether the item's HS code falls under one of the codes or ranges ("8703" in "86-89"). */
    public boolean inHs(List<String> codes) {
        return codes != null && codes.stream().anyMatch(c -> coverage(c) == Coverage.YES);
    }

    public enum Coverage { YES, NO, MAYBE }

    /**
     * YES when the item's code lies under the scope code; MAYBE when the item is only known to a
     * chapter that contains the scope code ("a boat", 89, against yachts 8903); NO otherwise.
     */
    public Coverage coverage(String scopeCode) {
        if (hs.isEmpty()) {
            return Coverage.MAYBE;
        }
        if (HsNomenclature.covers(scopeCode, hs)) {
            return Coverage.YES;
        }
        String first = scopeCode.split("-")[0];
        if (hs.length() < first.length()) {
            if (scopeCode.contains("-")) {
                String[] r = scopeCode.split("-");
                int v = Integer.parseInt(hs);
                int lo = Integer.parseInt(r[0].substring(0, hs.length()));
                int hi = Integer.parseInt(r[1].substring(0, hs.length()));
                return v >= lo && v <= hi ? Coverage.MAYBE : Coverage.NO;
            }
            return first.startsWith(hs) ? Coverage.MAYBE : Coverage.NO;
        }
        if (hs.contains("-")) {
            // a range of chapters ("textiles" 50-63) against a narrower scope code
            return HsNomenclature.covers(hs, first) ? Coverage.MAYBE : Coverage.NO;
        }
        return Coverage.NO;
    }
}
