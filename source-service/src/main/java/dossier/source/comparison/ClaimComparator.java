package dossier.source.comparison;

import static dossier.source.domain.ModelNames.ATTRIBUTE;
import static dossier.source.domain.ModelNames.CARRIER;
import static dossier.source.domain.ModelNames.CHARACTERIZATION;
import static dossier.source.domain.ModelNames.DELIVERED_TO;
import static dossier.source.domain.ModelNames.ITEM;
import static dossier.source.domain.ModelNames.QUANTITY;
import static dossier.source.domain.ModelNames.ROUTE;
import static dossier.source.domain.ModelNames.SUBJECT;
import static dossier.source.domain.ModelNames.TIME;
import static dossier.source.domain.ModelNames.VALUE;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dossier.source.domain.AttributionLink;
import dossier.source.domain.Claim;
import dossier.source.domain.Amount;
import dossier.source.domain.ClaimArgument;
import dossier.source.domain.DateRange;
import dossier.source.domain.ClaimType;
import dossier.source.extraction.Lexicon;

/**
 * Groups the claims of a case into slots (a transfer by giver and recipient and one of its
 * attributes; the characterisation of that transfer; an attribute of a thing), and reports for
 * each slot whether the sources agree (a corroboration, with refinements) or conflict.
 */
public final class ClaimComparator {
    // Not thread-safe (holds the copies of one comparison): create one per comparison.

    // "date" is the role name before the event model; "time" carries an interval
    private static final List<String> TRANSFER_ROLES = List.of(ITEM, DELIVERED_TO, CARRIER, ROUTE, "date",
            TIME, VALUE, QUANTITY);

    private final Lexicon lex;
    private final ValueCompatibility compatibility;
    private Map<String, String> copies = Map.of();
    // the same attribution names are compared for every pair of claims: split each once
    private final Map<String, Set<String>> significantOf = new HashMap<>();

    public ClaimComparator(Lexicon lex) {
        this.lex = lex;
        this.compatibility = new ValueCompatibility(lex);
    }

    private record Observation(String slot, String label, String role, ClaimArgument arg, Claim claim) {
    }

    /** sourceLabels: source id → a name an analyst recognises (outlet or title). */
    public ComparisonResult compare(String caseId, List<Claim> claims, Map<String, String> sourceLabels) {
        return compare(caseId, claims, sourceLabels, Map.of());
    }

    /** copies: source id → id of the source it nearly copies; a copy is not an independent line. */
    public ComparisonResult compare(String caseId, List<Claim> claims, Map<String, String> sourceLabels,
            Map<String, String> copies) {
        this.copies = copies;
        Map<String, List<Observation>> slots = new LinkedHashMap<>();
        Map<String, String> transferLabels = new HashMap<>();
        List<Claim> events = claims.stream().filter(c -> c.type() == ClaimType.TRANSFER || c.type() == ClaimType.ALLEGATION).toList();
        Map<Claim, EventKeys.Key> keys = EventKeys.of(events, lex.moneyActions());
        for (Claim c : events) {
            // a characterization names its conduct by the parties (transfer:giver>recipient)
            transferLabels.putIfAbsent(c.partiesKey(), EventKeys.partiesLabel(c));
            EventKeys.Key key = keys.get(c);
            String label = c.type() == ClaimType.ALLEGATION ? key.label().replaceFirst("^transfer", "allegation") : key.label();
            for (String role : TRANSFER_ROLES) {
                if (key.byItem() && role.equals(ITEM)) {
                    continue; // the item is what the slot is keyed by
                }
                String slot = (c.type() == ClaimType.ALLEGATION ? "allegation|" : "") + key.id()
                        + (role.equals(TIME) && !key.leg().isEmpty() ? "@" + key.leg() : "") + "/" + role;
                c.argument(role).filter(a -> !role.equals(VALUE) || a.amount() != null) // "the money" says not how much
                        .ifPresent(a -> add(slots, new Observation(slot, label + "/" + role, role, a, c)));
            }
        }
        for (Claim c : claims) {
            if (c.type() == ClaimType.CHARACTERIZATION) {
                var conduct = c.argument("conduct").map(ClaimArgument::normalized).orElse("");
                var ch = c.argument(CHARACTERIZATION);
                if (conduct.startsWith("transfer:") && ch.isPresent()) {
                    String label = "characterization" + transferLabels.getOrDefault(conduct, "(conduct)").replaceFirst("^transfer", "") + "/intent";
                    add(slots, new Observation("characterization|" + conduct, label, "intent", ch.get(), c));
                }
            } else if (c.type() == ClaimType.ATTRIBUTE) {
                String attribute = c.value(ATTRIBUTE);
                var value = c.argument(VALUE);
                String subject = c.argument(SUBJECT).map(a -> lastWord(a.normalized().isEmpty() ? a.value() : a.normalized()))
                        .map(w -> lex.transferNouns().contains(w) ? "shipment" : w).orElse("?"); // "the cargo" = "the consignment"
                value.ifPresent(v -> add(slots, new Observation("attribute|" + subject + "/" + attribute,
                        "attribute(" + subject + ")/" + attribute, attribute, v, c)));
            }
        }
        List<ComparisonResult.Conflict> conflicts = new ArrayList<>();
        List<ComparisonResult.Corroboration> corroborations = new ArrayList<>();
        for (var e : slots.entrySet()) {
            List<Observation> obs = e.getValue();
            Set<String> sources = obs.stream().map(o -> o.claim().sourceId()).collect(Collectors.toSet());
            if (sources.size() < 2) {
                continue; // one source neither corroborates nor contradicts itself here
            }
            SlotValues slotValues = new SlotValues(obs);
            List<List<Observation>> clusters = slotValues.clusters();
            String label = obs.get(0).label();
            if (clusters.size() > 1 && obs.get(0).role().equals(ITEM)) {
                continue; // different items between the same parties are different things given, not a dispute
            }
            if (clusters.size() > 1) {
                // values compatible with every other ("potential") take no side; they are listed apart
                List<Observation> neutral = new ArrayList<>();
                List<Observation> disputed = new ArrayList<>();
                for (int i = 0; i < obs.size(); i++) {
                    (slotValues.compatibleWithAll(i) ? neutral : disputed).add(obs.get(i));
                }
                if (disputed.stream().map(o -> o.claim().sourceId()).distinct().count() < 2) {
                    continue; // one source's own two figures (a total and a part of it): no two sources disagree
                }
                List<ComparisonResult.SlotValue> values = new ArrayList<>(new SlotValues(disputed).clusters().stream().map(this::slotValue).toList());
                String text = conflictText(obs.get(0), values, sourceLabels);
                if (!neutral.isEmpty()) {
                    ComparisonResult.SlotValue n = slotValue(neutral);
                    values.add(n);
                    text += " Compatible with either: \u201c" + n.value() + "\u201d (" + n.sourceIds().stream()
                            .map(s -> sourceLabels.getOrDefault(s, s)).collect(Collectors.joining(", ")) + ").";
                }
                conflicts.add(new ComparisonResult.Conflict(
                        UUID.nameUUIDFromBytes((caseId + "|" + e.getKey()).getBytes(StandardCharsets.UTF_8)).toString(),
                        label, text, values));
            } else {
                List<Observation> all = clusters.get(0);
                ComparisonResult.SlotValue v = slotValue(all);
                List<String> refinements = all.stream().map(o -> display(o)).distinct().filter(s -> !s.equals(v.value())).toList();
                corroborations.add(new ComparisonResult.Corroboration(label,
                        v.sourceIds().size() + " sources (" + v.independentLines() + " independent) agree on "
                                + roleText(obs.get(0)) + ": \u201c" + v.value() + "\u201d"
                                + (refinements.isEmpty() ? "" : ", also given as " + refinements.stream()
                                .map(r -> "\u201c" + r + "\u201d").collect(Collectors.joining(", "))),
                        v, refinements));
            }
        }
        return new ComparisonResult(conflicts, corroborations);
    }

    private static void add(Map<String, List<Observation>> slots, Observation o) {
        slots.computeIfAbsent(o.slot(), k -> new ArrayList<>()).add(o);
    }

    private static String lastWord(String s) {
        String[] w = s.strip().split("\\s+");
        return w[w.length - 1].toLowerCase(Locale.ROOT);
    }

    /**
     * The values of one slot (or of a part of it, which then bridges only within itself), with the
     * compatibility of every two of them worked out at most once. Compatibility looks at the role and
     * at the value's text, normalised form, entity and names only, so the observations of a slot that
     * agree in those (most of a large case's: sources repeat each other) are one value here, and a
     * comparison costs what the distinct values cost, not the square or cube of the observations.
     */
    private final class SlotValues {
        private record Value(String role, String value, String normalized, String entityId, List<String> names,
                             DateRange interval, Amount amount) {
        }

        private final List<Observation> obs;
        /** obs index -> distinct value index */
        private final int[] valueOf;
        /** a distinct value index -> one observation with it */
        private final List<Observation> distinct = new ArrayList<>();
        /** rows of distinct x distinct, made when first asked: 0 not worked out yet, 1 compatible, 2 not */
        private final byte[][] known;

        SlotValues(List<Observation> obs) {
            this.obs = obs;
            this.valueOf = new int[obs.size()];
            Map<Value, Integer> index = new HashMap<>();
            for (int i = 0; i < obs.size(); i++) {
                Observation o = obs.get(i);
                ClaimArgument a = o.arg();
                valueOf[i] = index.computeIfAbsent(new Value(o.role(), a.value(), a.normalized(), a.entityId(), a.names(), a.interval(), a.amount()), v -> {
                    distinct.add(o);
                    return distinct.size() - 1;
                });
            }
            this.known = new byte[distinct.size()][];
        }

        /**
         * Compatible, or bridged by a third value of the slot whose names hold the names of both ("the
         * Y" and "an X" are one thing when a source of the case speaks of "an X Y").
         */
        boolean compatible(int x, int y) {
            byte[] row = known[x] == null ? (known[x] = new byte[distinct.size()]) : known[x];
            if (row[y] == 0) {
                row[y] = (byte) (work(distinct.get(x), distinct.get(y)) ? 1 : 2);
            }
            return row[y] == 1;
        }

        private boolean work(Observation a, Observation b) {
            if (compatibility.compatible(a.role(), a.arg(), b.arg())) {
                return true;
            }
            if (a.arg().names().isEmpty() || b.arg().names().isEmpty()) {
                return false;
            }
            Set<String> both = new LinkedHashSet<>(a.arg().names());
            both.addAll(b.arg().names());
            for (Observation o : distinct) {
                if (o.arg().names().containsAll(both) && compatibility.compatible(o.role(), o.arg(), a.arg())
                        && compatibility.compatible(o.role(), o.arg(), b.arg())) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the value of observation i is compatible with every value of the slot. */
        boolean compatibleWithAll(int i) {
            for (int y = 0; y < distinct.size(); y++) {
                if (!compatible(valueOf[i], y)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Groups in order of first appearance: a value joins the first group it is compatible with
         * every member of (compatibility is not transitive), else starts one.
         */
        List<List<Observation>> clusters() {
            List<List<Observation>> clusters = new ArrayList<>();
            List<BitSet> members = new ArrayList<>(); // the distinct values of each group
            for (int i = 0; i < obs.size(); i++) {
                int x = valueOf[i];
                int home = -1;
                for (int c = 0; c < clusters.size() && home < 0; c++) {
                    boolean all = true;
                    BitSet m = members.get(c);
                    for (int y = m.nextSetBit(0); y >= 0 && all; y = m.nextSetBit(y + 1)) {
                        all = compatible(x, y);
                    }
                    if (all) {
                        home = c;
                    }
                }
                if (home < 0) {
                    home = clusters.size();
                    clusters.add(new ArrayList<>());
                    members.add(new BitSet());
                }
                clusters.get(home).add(obs.get(i));
                members.get(home).set(x);
            }
            return clusters;
        }
    }

    private String display(Observation o) {
        return o.role().equals("intent") ? o.arg().normalized() : o.arg().value();
    }

    private ComparisonResult.SlotValue slotValue(List<Observation> cluster) {
        Observation best = cluster.stream()
                .max(Comparator.comparingInt((Observation o) -> o.role().equals("intent") ? rank(o.arg().normalized())
                        : compatibility.specificity(o.arg()))).orElseThrow();
        List<String> claimIds = cluster.stream().map(o -> o.claim().id()).distinct().toList();
        List<String> sourceIds = cluster.stream().map(o -> o.claim().sourceId()).distinct().toList();
        return new ComparisonResult.SlotValue(display(best), claimIds, sourceIds,
                independentLines(cluster.stream().map(Observation::claim).toList()));
    }

    /** A definite judgement says more than a hedged one. */
    private static int rank(String group) {
        return switch (group) {
            case "asserted" -> 0;
            case "potential" -> 1;
            default -> 2;
        };
    }

    /**
     * Claims from one source, or citing the same wire, agency or spokesman anywhere in their
     * attribution chains, are one line of evidence.
     */
    int independentLines(List<Claim> claims) {
        int n = claims.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        // one source, or a source and the one it nearly copies: one line
        Map<String, Integer> firstOfSource = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Integer first = firstOfSource.putIfAbsent(claims.get(i).sourceId(), i);
            if (first != null) {
                union(parent, i, first);
            }
        }
        for (int i = 0; i < n; i++) {
            Integer copied = firstOfSource.get(copies.get(claims.get(i).sourceId()));
            if (copied != null) {
                union(parent, i, copied);
            }
        }
        // a shared citation: claims citing alike are compared once (a case's claims cite few sources)
        Map<List<AttributionLink>, List<Integer>> byCitations = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            List<AttributionLink> chain = claims.get(i).attribution();
            if (chain.size() > 1) {
                byCitations.computeIfAbsent(citations(chain), k -> new ArrayList<>()).add(i);
            }
        }
        List<List<Integer>> groups = new ArrayList<>(byCitations.values());
        for (int g = 0; g < groups.size(); g++) {
            List<Integer> mine = groups.get(g);
            Claim c = claims.get(mine.get(0));
            if (shareCitation(c, c)) {
                mine.forEach(i -> union(parent, i, mine.get(0)));
            }
            for (int h = g + 1; h < groups.size(); h++) {
                List<Integer> other = groups.get(h);
                if (shareCitation(c, claims.get(other.get(0)))) {
                    // every claim of the one shares with every claim of the other
                    mine.forEach(i -> union(parent, i, other.get(0)));
                    other.forEach(i -> union(parent, i, mine.get(0)));
                }
            }
        }
        Set<Integer> roots = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            roots.add(find(parent, i));
        }
        return roots.size();
    }

    /** What {@link #shareCitation} reads of an attribution chain: the names and entities it cites. */
    private static List<AttributionLink> citations(List<AttributionLink> chain) {
        List<AttributionLink> out = new ArrayList<>(chain.size() - 1);
        for (AttributionLink l : chain.subList(1, chain.size())) {
            out.add(new AttributionLink(l.name(), l.entityId(), "", null));
        }
        return out;
    }

    private static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }

    private static int find(int[] p, int i) {
        while (p[i] != i) {
            p[i] = p[p[i]];
            i = p[i];
        }
        return i;
    }

    private boolean shareCitation(Claim a, Claim b) {
        for (AttributionLink x : a.attribution().subList(Math.min(1, a.attribution().size()), a.attribution().size())) {
            for (AttributionLink y : b.attribution().subList(Math.min(1, b.attribution().size()), b.attribution().size())) {
                if (!x.entityId().isEmpty() && x.entityId().equals(y.entityId())) {
                    return true;
                }
                Set<String> tx = significant(x.name());
                Set<String> ty = significant(y.name());
                if (!tx.isEmpty() && !ty.isEmpty() && (tx.containsAll(ty) || ty.containsAll(tx))) {
                    return true;
                }
            }
        }
        return false;
    }

    private Set<String> significant(String name) {
        return significantOf.computeIfAbsent(name, this::significantWords);
    }

    private Set<String> significantWords(String name) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[\\s\\-]+|'s")) {
            if (!t.isBlank() && !lex.genericSourceWords().contains(t) && !lex.stopwords().contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    private static String roleText(Observation o) {
        return switch (o.role()) {
            case "intent" -> "how " + o.label().replaceFirst("^characterization", "the transfer").replace("/intent", "")
                    + " is characterised";
            default -> o.role().replace('_', ' ') + " of " + o.label().substring(0, o.label().lastIndexOf('/'));
        };
    }

    private static String conflictText(Observation first, List<ComparisonResult.SlotValue> values, Map<String, String> labels) {
        return "Sources disagree on " + roleText(first) + ": " + values.stream()
                .map(v -> "\u201c" + v.value() + "\u201d (" + v.sourceIds().stream().map(s -> labels.getOrDefault(s, s))
                        .collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining(" vs ")) + ".";
    }
}
