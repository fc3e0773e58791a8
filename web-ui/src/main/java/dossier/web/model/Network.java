package dossier.web.model;

import dossier.entity.v1.Schema;
import dossier.model.v1.Role;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.Incident;
import dossier.sanctions.v1.IncidentParty;
import dossier.sanctions.v1.Party;
import dossier.source.v1.Claim;
import dossier.source.v1.ClaimArgument;
import dossier.support.model.EventModel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parties of a case and how the events link them, laid out in pixels: who gives on the left,
 * the item in the middle, who receives on the right, who speaks about it above, what carries or
 * made it below, and parties the events do not place in a row at the bottom. Edges carry the role
 * labels of the declared event model; listed parties carry their lists and programs.
 */
public record Network(double width, double height, List<Node> nodes, List<Edge> edges) {

    public enum Kind { PERSON, ORGANISATION, STATE, ITEM, OTHER }

    /** Where a node stands, from the role it plays in the events. */
    enum Place { CENTER, LEFT, RIGHT, BELOW, TOP, LOOSE }

    /** {@code labelAbove}: the node's edges leave downwards (a speaker), so its name stands above it. */
    public record Node(String id, String label, Kind kind, double x, double y, List<String> listings,
            List<String> roles, String entityId, List<String> claimIds, Target target, boolean labelAbove) {
        public boolean listed() {
            return !listings.isEmpty();
        }
    }

    /** A labelled, directed link: giver → item → recipient, manufacturer → item, item → carrier. */
    public record Edge(String from, String to, String label) {
    }

    public static final double WIDTH = 1100;
    static final double LEFT_X = 170;
    static final double CENTER_X = 550;
    static final double RIGHT_X = 930;
    static final double BAND = 110;
    static final double TOP_Y = 70;

    private static final Set<Role> LEFT = EnumSet.of(Role.ROLE_GIVER, Role.ROLE_ORIGIN, Role.ROLE_EMPLOYER,
            Role.ROLE_INTERMEDIARY);
    private static final Set<Role> RIGHT = EnumSet.of(Role.ROLE_RECIPIENT, Role.ROLE_BENEFICIARY,
            Role.ROLE_DESTINATION, Role.ROLE_DELIVERED_TO, Role.ROLE_WORKER, Role.ROLE_TARGET);
    private static final Set<Role> BELOW = EnumSet.of(Role.ROLE_CARRIER, Role.ROLE_OPERATOR, Role.ROLE_MANUFACTURER);
    /** Roles whose edge runs from the item to the node (what it went to, what carried it). */
    private static final Set<Role> FROM_ITEM = EnumSet.of(Role.ROLE_RECIPIENT, Role.ROLE_BENEFICIARY,
            Role.ROLE_DESTINATION, Role.ROLE_DELIVERED_TO, Role.ROLE_WORKER, Role.ROLE_TARGET, Role.ROLE_CARRIER);

    public static Network of(CaseFile file, EventModel model) {
        return new Builder(file, model).build();
    }

    /**
     * The declared role a wire name stands for: itself when declared, else the longest declared role
     * its words contain ("alleged_giver_state" plays the giver's side), empty when none.
     */
    public static Optional<Role> baseRole(String wire, EventModel model) {
        if (wire == null || wire.isBlank()) {
            return Optional.empty();
        }
        String[] words = wire.toLowerCase(Locale.ROOT).split("_");
        Role best = null;
        int bestLength = 0;
        for (Role r : Role.values()) {
            if (r == Role.ROLE_UNSPECIFIED || r == Role.UNRECOGNIZED) {
                continue;
            }
            String name = EventModel.wire(r);
            if (model.role(name).isEmpty()) {
                continue;
            }
            String[] roleWords = name.split("_");
            if (roleWords.length > bestLength && contains(words, roleWords)) {
                best = r;
                bestLength = roleWords.length;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The label the declared model gives a role; for a role it does not declare, the words of its name. */
    public static String roleLabel(String wire, EventModel model) {
        return model.role(wire).map(EventModel.RoleDef::label).orElseGet(() -> Formats.humanize(wire));
    }

    private static boolean contains(String[] words, String[] part) {
        for (int i = 0; i + part.length <= words.length; i++) {
            boolean all = true;
            for (int j = 0; j < part.length && all; j++) {
                all = words[i + j].equals(part[j]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static final class Builder {
        final CaseFile file;
        final EventModel model;
        final Map<String, Draft> nodes = new LinkedHashMap<>();
        final Map<String, Edge> edges = new LinkedHashMap<>();
        final Map<String, Party> parties = new LinkedHashMap<>();
        final Map<String, Claim> claims = new LinkedHashMap<>();

        Builder(CaseFile file, EventModel model) {
            this.file = file;
            this.model = model;
            file.getPartiesList().forEach(p -> parties.put(p.getEntityId(), p));
            file.getClaimsList().forEach(c -> claims.put(c.getId(), c));
        }

        Network build() {
            String firstItem = null;
            Map<String, String> itemOfIncident = new LinkedHashMap<>();
            for (Incident i : file.getIncidentsList()) {
                String item = i.getItem().isBlank() ? null : itemNode(i);
                if (item != null) {
                    itemOfIncident.put(i.getId(), item);
                    firstItem = firstItem == null ? item : firstItem;
                }
                for (IncidentParty p : i.getPartiesList()) {
                    String node = partyNode(p.getEntityId(), p.getName());
                    Optional<Role> base = baseRole(p.getRole(), model);
                    Draft d = nodes.get(node);
                    d.roles.add(roleLabel(p.getRole(), model));
                    d.place(place(base));
                    if (item != null) {
                        link(node, item, p.getRole(), base);
                    }
                }
                // carriers, makers and operators the claims of the incident name
                for (String claimId : i.getClaimIdsList()) {
                    Claim c = claims.get(claimId);
                    if (c == null || item == null) {
                        continue;
                    }
                    for (ClaimArgument a : c.getArgumentsList()) {
                        Optional<Role> base = baseRole(a.getRole(), model);
                        if (base.isEmpty() || !BELOW.contains(base.get()) || a.getValue().isBlank()) {
                            continue;
                        }
                        String node = a.getEntityId().isBlank() || !parties.containsKey(a.getEntityId())
                                ? thingNode(a.getValue()) : partyNode(a.getEntityId(), a.getValue());
                        Draft d = nodes.get(node);
                        d.roles.add(roleLabel(a.getRole(), model));
                        d.place(Place.BELOW);
                        d.claimIds.add(c.getId());
                        link(node, item, a.getRole(), base);
                    }
                }
            }
            // every party of the case is a node
            for (Party p : file.getPartiesList()) {
                String node = partyNode(p.getEntityId(), p.getName());
                Draft d = nodes.get(node);
                for (String role : p.getRolesList()) {
                    Optional<Role> base = baseRole(role, model);
                    // speakers, carriers and makers the incidents do not name point at what they concern
                    boolean linksToItem = base.isPresent()
                            && (base.get() == Role.ROLE_SPEAKER || BELOW.contains(base.get()));
                    if (linksToItem) {
                        d.roles.add(roleLabel(role, model));
                        d.place(place(base));
                        String about = aboutItem(p, itemOfIncident, firstItem);
                        if (about != null) {
                            link(node, about, role, base);
                        }
                    } else {
                        d.roles.add(roleLabel(role, model));
                    }
                }
            }
            return layout();
        }

        /** The item of the first incident that shares a claim with the speaker, else the case's first item. */
        private String aboutItem(Party p, Map<String, String> itemOfIncident, String firstItem) {
            for (Incident i : file.getIncidentsList()) {
                if (itemOfIncident.containsKey(i.getId()) && i.getClaimIdsList().stream().anyMatch(p.getClaimIdsList()::contains)) {
                    return itemOfIncident.get(i.getId());
                }
            }
            return firstItem;
        }

        private Place place(Optional<Role> base) {
            if (base.isEmpty()) {
                return Place.LOOSE;
            }
            Role r = base.get();
            if (r == Role.ROLE_ITEM) return Place.CENTER;
            if (LEFT.contains(r)) return Place.LEFT;
            if (RIGHT.contains(r)) return Place.RIGHT;
            if (BELOW.contains(r)) return Place.BELOW;
            if (r == Role.ROLE_SPEAKER) return Place.TOP;
            return Place.LOOSE;
        }

        private void link(String node, String item, String role, Optional<Role> base) {
            boolean fromItem = base.isPresent() && FROM_ITEM.contains(base.get());
            Edge e = fromItem ? new Edge(item, node, roleLabel(role, model)) : new Edge(node, item, roleLabel(role, model));
            edges.putIfAbsent(e.from() + ">" + e.to() + ">" + e.label(), e);
        }

        private String itemNode(Incident i) {
            String id = "item-" + key(i.getItem());
            Draft d = nodes.computeIfAbsent(id, k -> new Draft(k, i.getItem(), Kind.ITEM, "", null));
            d.place(Place.CENTER);
            d.roles.add(roleLabel(EventModel.wire(Role.ROLE_ITEM), model));
            d.claimIds.addAll(i.getClaimIdsList());
            return id;
        }

        private String thingNode(String value) {
            String id = "thing-" + key(value);
            nodes.computeIfAbsent(id, k -> new Draft(k, value, Kind.ITEM, "", null));
            return id;
        }

        private String partyNode(String entityId, String name) {
            Party p = entityId.isBlank() ? null : parties.get(entityId);
            String id = !entityId.isBlank() ? "party-" + entityId : "name-" + key(name);
            Draft d = nodes.computeIfAbsent(id, k -> new Draft(k, p != null ? p.getName() : name,
                    p != null ? kind(p.getSchema()) : Kind.OTHER, entityId, p));
            return d.id;
        }

        private Network layout() {
            Map<Place, List<Draft>> byPlace = new LinkedHashMap<>();
            for (Place pl : Place.values()) {
                byPlace.put(pl, new ArrayList<>());
            }
            nodes.values().forEach(d -> byPlace.get(d.place).add(d));
            boolean top = !byPlace.get(Place.TOP).isEmpty();
            double middleTop = top ? TOP_Y + BAND : TOP_Y;
            int middleRows = Math.max(1, Math.max(byPlace.get(Place.CENTER).size(),
                    Math.max(byPlace.get(Place.LEFT).size(), byPlace.get(Place.RIGHT).size())));
            column(byPlace.get(Place.LEFT), LEFT_X, middleTop, middleRows);
            column(byPlace.get(Place.CENTER), CENTER_X, middleTop, middleRows);
            column(byPlace.get(Place.RIGHT), RIGHT_X, middleTop, middleRows);
            row(byPlace.get(Place.TOP), TOP_Y, 1);
            double y = middleTop + middleRows * BAND;
            if (!byPlace.get(Place.BELOW).isEmpty()) {
                row(byPlace.get(Place.BELOW), y, 1);
                y += BAND;
            }
            List<Draft> loose = byPlace.get(Place.LOOSE);
            int perRow = 5;
            for (int start = 0; start < loose.size(); start += perRow) {
                row(loose.subList(start, Math.min(loose.size(), start + perRow)), y, 0);
                y += BAND * 0.8;
            }
            List<Node> out = new ArrayList<>();
            for (Draft d : nodes.values()) {
                List<String> listings = d.party == null ? List.of() : Overview.activeHits(d.party).stream()
                        .map(h -> h.getList() + (h.getProgram().isBlank() ? "" : " · " + h.getProgram()))
                        .distinct().toList();
                List<String> claimIds = new ArrayList<>(d.claimIds);
                if (d.party != null) {
                    d.party.getClaimIdsList().stream().filter(c -> !claimIds.contains(c)).forEach(claimIds::add);
                }
                Target target = d.party != null ? Target.party(d.entityId) : null;
                out.add(new Node(d.id, d.label, d.kind, d.x, d.y, listings, List.copyOf(d.roles), d.entityId,
                        claimIds, target, d.place == Place.TOP));
            }
            return new Network(WIDTH, y + 20, out, List.copyOf(edges.values()));
        }

        private static void column(List<Draft> ds, double x, double top, int rows) {
            double offset = (rows - ds.size()) * BAND / 2;
            for (int i = 0; i < ds.size(); i++) {
                ds.get(i).x = x;
                ds.get(i).y = top + offset + i * BAND + BAND / 2;
            }
        }

        /** Spreads a row of nodes across the width; {@code inset} keeps a row centred on the item. */
        private static void row(List<Draft> ds, double y, int inset) {
            double left = inset == 1 ? LEFT_X : 110;
            double right = inset == 1 ? RIGHT_X : WIDTH - 110;
            for (int i = 0; i < ds.size(); i++) {
                ds.get(i).x = ds.size() == 1 ? CENTER_X : left + i * (right - left) / (ds.size() - 1);
                ds.get(i).y = y + BAND / 2 - 20;
            }
        }

        private static String key(String s) {
            return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
        }
    }

    static Kind kind(String schema) {
        if (Schema.PERSON.name().equals(schema)) return Kind.PERSON;
        if (Schema.COUNTRY.name().equals(schema)) return Kind.STATE;
        if (Schema.ORGANIZATION.name().equals(schema) || Schema.COMPANY.name().equals(schema)
                || Schema.PUBLIC_BODY.name().equals(schema) || Schema.LEGAL_ENTITY.name().equals(schema)) {
            return Kind.ORGANISATION;
        }
        if (Schema.VEHICLE.name().equals(schema) || Schema.VESSEL.name().equals(schema)
                || Schema.AIRCRAFT.name().equals(schema) || Schema.ITEM.name().equals(schema)) {
            return Kind.ITEM;
        }
        return Kind.OTHER;
    }

    /** A node being placed. */
    private static final class Draft {
        final String id;
        final String label;
        final Kind kind;
        final String entityId;
        final Party party;
        final Set<String> roles = new LinkedHashSet<>();
        final Set<String> claimIds = new LinkedHashSet<>();
        Place place = Place.LOOSE;
        double x;
        double y;

        Draft(String id, String label, Kind kind, String entityId, Party party) {
            this.id = id;
            this.label = label;
            this.kind = kind;
            this.entityId = entityId;
            this.party = party;
        }

        /** Keeps the most telling place a node's roles give it (the item beats a side, a side beats a speaker). */
        void place(Place p) {
            if (p.ordinal() < place.ordinal()) {
                place = p;
            }
        }
    }
}
