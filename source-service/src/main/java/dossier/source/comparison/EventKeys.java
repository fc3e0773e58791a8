package dossier.source.comparison;

import static dossier.source.domain.ModelNames.DESTINATION;
import static dossier.source.domain.ModelNames.GIVER;
import static dossier.source.domain.ModelNames.ITEM;
import static dossier.source.domain.ModelNames.ORIGIN;
import static dossier.source.domain.ModelNames.RECIPIENT;
import static dossier.source.domain.ModelNames.SHIPMENT;
import static dossier.source.domain.ModelNames.VALUE;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dossier.model.v1.DatePrecision;
import dossier.source.domain.Claim;
import dossier.source.domain.ClaimArgument;
import dossier.source.domain.Modality;
import dossier.support.model.EventModel;

/**
 * Which event a transfer-like claim speaks of, so that sources are compared on the same one: the
 * same resolved giver and recipient; else the same item (its head lemma) in the same year. Parties
 * named only by a description ("a machinery dealer", "a North Korean company") do not tell events
 * apart across outlets, the item does; a year keeps an earlier shipment of the same goods apart.
 * A claim without a year joins its item's events when they all lie in one year. A movement of
 * money has no item: what was done with it ("steal", "pay", "launder") stands for the item, as the
 * outlets that report one theft name its thieves and victims each in their own words.
 */
final class EventKeys {

    private static final String UPPER_BOUND = EventModel.wire(DatePrecision.DATE_PRECISION_UPPER_BOUND);

    /**
     * id: the slot prefix; byItem: the item is the key (so it is not compared itself); leg: for a
     * leg of carriage, where it went or left from (legs of one journey have their own dates).
     */
    record Key(String id, String label, boolean byItem, String leg) {
    }

    private EventKeys() {
    }

    /** The key of each claim (by identity); moneyActions: an action's name → the verbs that tell it. */
    static Map<Claim, Key> of(List<Claim> claims, Map<String, Set<String>> moneyActions) {
        Map<Claim, String> itemOf = new IdentityHashMap<>();
        Map<String, Map<String, Integer>> yearsOfItem = new HashMap<>();
        for (Claim c : claims) {
            if (resolvedParties(c) || c.modality() == Modality.DENIED) {
                continue;
            }
            head(c).or(() -> moneyAction(c, moneyActions)).ifPresent(item -> {
                itemOf.put(c, item);
                year(c).ifPresent(y -> yearsOfItem.computeIfAbsent(item, k -> new LinkedHashMap<>()).merge(y, 1, Integer::sum));
            });
        }
        Map<Claim, Key> out = new IdentityHashMap<>();
        for (Claim c : claims) {
            String item = itemOf.get(c);
            if (item == null) {
                out.put(c, new Key(c.partiesKey() + runningTotal(c).map(p -> "@" + p).orElse(""), partiesLabel(c), false, ""));
                continue;
            }
            Map<String, Integer> years = yearsOfItem.getOrDefault(item, Map.of());
            String year = runningTotal(c).or(() -> year(c)).orElse(years.size() == 1 ? years.keySet().iterator().next() : "");
            String leg = c.eventKind().equals(SHIPMENT) ? c.argument(DESTINATION).or(() -> c.argument(ORIGIN))
                    .map(EventKeys::name).orElse("") : "";
            String what = c.argument(ITEM).isPresent() ? "transfer of " + item : item;
            out.put(c, new Key("event:" + item + (year.isEmpty() ? "" : "@" + year),
                    what + (year.isEmpty() ? "" : " (" + year + ")"), true, leg));
        }
        return out;
    }

    /** Both sides resolved to entities: the parties name the event. */
    private static boolean resolvedParties(Claim c) {
        return c.argument(GIVER).filter(a -> !a.entityId().isEmpty()).isPresent()
                && c.argument(RECIPIENT).filter(a -> !a.entityId().isEmpty()).isPresent();
    }

    /** The item's head lemma ("12 excavators" → excavator, "25,000 tonnes of coal" → coal). */
    private static Optional<String> head(Claim c) {
        return c.argument(ITEM).map(a -> a.normalized().isEmpty() ? a.value() : a.normalized())
                .map(v -> v.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+"))
                .filter(w -> w.length > 0 && !w[w.length - 1].isEmpty() && !w[w.length - 1].matches("[\\d,.-]+"))
                .map(w -> w[w.length - 1]);
    }

    /**
     * A sum of money moved without an item ("the $625 million theft"): what was done with it, the
     * action its predicate tells ("moved" and "passed through" are one payment), else the predicate.
     */
    private static Optional<String> moneyAction(Claim c, Map<String, Set<String>> moneyActions) {
        if (c.argument(ITEM).isPresent() || c.argument(VALUE).isEmpty() || c.predicate().isBlank()) {
            return Optional.empty();
        }
        String verb = c.predicate().toLowerCase(Locale.ROOT);
        return Optional.of(moneyActions.entrySet().stream().filter(e -> e.getValue().contains(verb))
                .map(Map.Entry::getKey).findFirst().orElse(verb));
    }

    /** A running total ("6,700 by February 2024", "$1 billion since 2017") is compared only with totals of its own period. */
    private static Optional<String> runningTotal(Claim c) {
        var t = c.timeInterval();
        return t != null && t.openEnded() ? Optional.of(t.start() + ".." + t.end()) : Optional.empty();
    }

    private static Optional<String> year(Claim c) {
        var t = c.timeInterval();
        return t == null || t.start().length() < 4 || t.precision().equals(UPPER_BOUND)
                ? Optional.empty() : Optional.of(t.start().substring(0, 4));
    }

    /** "transfer(giver,recipient)" as the text names them. */
    static String partiesLabel(Claim c) {
        return "transfer(" + party(c, GIVER) + "," + party(c, RECIPIENT) + ")";
    }

    private static String party(Claim c, String role) {
        return c.argument(role).map(a -> a.normalized().isEmpty() ? a.value() : a.normalized()).orElse("?");
    }

    private static String name(ClaimArgument a) {
        return a.entityId().isEmpty() ? a.normalized() : a.entityId();
    }
}
