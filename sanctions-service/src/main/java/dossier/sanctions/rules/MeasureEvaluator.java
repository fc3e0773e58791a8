package dossier.sanctions.rules;

import dossier.model.v1.Role;
import dossier.sanctions.domain.Amount;
import dossier.sanctions.domain.ClaimFact;
import dossier.sanctions.domain.ClaimKind;
import dossier.sanctions.domain.ElementCheck;
import dossier.sanctions.domain.EntityFact;
import dossier.sanctions.domain.EvidenceRef;
import dossier.sanctions.domain.Exposure;
import dossier.sanctions.domain.Listing;
import dossier.sanctions.domain.Outcome;
import dossier.sanctions.domain.SourceFact;
import dossier.sanctions.domain.Status;
import dossier.sanctions.domain.TextSpan;
import dossier.sanctions.domain.VerdictResult;
import dossier.sanctions.measures.HsNomenclature;
import dossier.sanctions.measures.ItemClassification;
import dossier.sanctions.measures.MakeModel;
import dossier.sanctions.measures.MeasureDefinition;
import dossier.support.model.EventModel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides one incident against one measure element by element (the measure's data names its
 * elements), each MET, NOT_MET or UNKNOWN, NOT_MET only from positive evidence; weighs the
 * evidence (evidence-weights.json); and takes outcome and confidence from the one decision table
 * (decision-table.json). Every step names the claims and sources behind it.
 */
public final class MeasureEvaluator {
    private final Map<String, SourceFact> sources;
    private final DecisionTable table;
    private final EvidenceWeights weights;
    private final ConductVocabulary vocabulary;
    private final HsNomenclature hs;
    private final boolean listsLoaded;

    public MeasureEvaluator(Map<String, SourceFact> sources, DecisionTable table, EvidenceWeights weights,
                            ConductVocabulary vocabulary, HsNomenclature hs, boolean listsLoaded) {
        this.sources = sources;
        this.table = table;
        this.weights = weights;
        this.vocabulary = vocabulary;
        this.hs = hs;
        this.listsLoaded = listsLoaded;
    }

    /** What element checks pass on to later ones: the scope entries that matched, the listings found. */
    private static final class Context {
        LocalDate adoption;
        /** The earliest date from which an entry that only may cover the item applies (null: none). */
        LocalDate maybeAdoption;
        String maybeLabel = "";
        String adoptionLabel = "";
        final List<ListedHit> listed = new ArrayList<>();
    }

    /** A party found designated: its role, name, entity id and the listing. */
    record ListedHit(String role, String name, String entityId, String list, String reference, String programs, String listedOn,
                     String how) {
    }

    /** How strongly the incident is shown, and why (one line). */
    record Weight(double value, boolean established, String basis) {
    }

    public VerdictResult evaluate(IncidentDraft d, MeasureDefinition m, String evaluatedAt) {
        Context ctx = new Context();
        ctx.adoption = LocalDate.parse(m.adopted());
        ctx.adoptionLabel = "the measure's adoption (" + m.citations().get(0).instrument() + ")";
        List<ElementCheck> steps = new ArrayList<>();
        Map<String, Status> statuses = new LinkedHashMap<>();
        for (String e : m.elements()) {
            ElementCheck check = check(e, d, m, ctx);
            steps.add(check);
            statuses.put(check.element(), check.status());
        }
        Weight w = weigh(d);
        steps.add(evidenceStep(d, w));

        DecisionTable.Row row = table.decide(new DecisionTable.Facts(statuses, d.alleged(), w.established(), d.denied()));
        double confidence;
        String basis;
        if ("element".equals(row.confidence().from())) {
            ElementCheck deciding = steps.stream().filter(s -> s.status() == Status.NOT_MET
                    && row.when().notMetAny() != null && row.when().notMetAny().contains(s.element()))
                    .max(java.util.Comparator.comparingDouble(ElementCheck::certainty)).orElseThrow();
            confidence = deciding.certainty();
            basis = row.id() + " (" + row.why() + "): " + deciding.element() + " is NOT_MET on positive evidence, certainty "
                    + round(deciding.certainty());
        } else {
            confidence = w.value();
            basis = row.id() + " (" + row.why() + "): evidence " + w.basis();
            if (row.confidence().factor() != null) {
                confidence *= row.confidence().factor();
                basis += ", × " + row.confidence().factor();
            }
            if (row.confidence().max() != null && confidence > row.confidence().max()) {
                confidence = row.confidence().max();
                basis += ", capped at " + row.confidence().max();
            }
        }
        confidence = round(Math.max(weights.floor(), Math.min(weights.ceiling(), confidence)));
        basis += " → " + confidence + ".";
        Outcome outcome = row.outcome();
        List<Exposure> exposures = exposures(d, m, outcome, ctx);
        return new VerdictResult(d.id + ":" + m.id(), d.id, m.id(), m.title(), m.regime(),
                m.citations().stream().map(c -> new VerdictResult.CitationRef(c.instrument(), c.provision(),
                        c.summary() == null ? "" : c.summary())).toList(),
                outcome, confidence, summary(d, m, outcome, confidence, steps, row), steps, evaluatedAt, m.bound(),
                m.nature(), exposures, basis, row.id());
    }

    private ElementCheck check(String element, IncidentDraft d, MeasureDefinition m, Context ctx) {
        if (element.equals(Elements.BOUND_ACTOR)) {
            return boundActor(d, m);
        } else if (element.equals(Elements.CONDUCT)) {
            return conduct(d, m);
        } else if (element.equals(Elements.ITEM_IN_SCOPE)) {
            return itemInScope(d, m, ctx);
        } else if (element.equals(Elements.DESTINATION)) {
            return destination(d, m);
        } else if (element.equals(Elements.DATE_AFTER_ADOPTION)) {
            return date(d, ctx);
        } else if (element.equals(Elements.NO_EXEMPTION)) {
            return noExemption(d, m);
        } else if (element.equals(Elements.LISTED_PARTY)) {
            return listedParty(d, m, ctx);
        } else if (element.equals(Elements.KNOWLEDGE)) {
            return knowledge(d);
        }
        throw new IllegalStateException("measure " + m.id() + ": element " + element + " is not decided by the rules");
    }

    // ---- BOUND_ACTOR ---------------------------------------------------------------------------

    private ElementCheck boundActor(IncidentDraft d, MeasureDefinition m) {
        boolean recipientActs = m.outOf();
        PartyRef actor = recipientActs ? d.recipient : d.giver;
        Set<String> states = recipientActs ? d.recipientStates : d.giverStates;
        String basis = recipientActs ? d.recipientStateBasis : d.giverStateBasis;
        List<EvidenceRef> ev = evidenceFor(d, recipientActs ? Role.ROLE_RECIPIENT : Role.ROLE_GIVER);
        List<String> bound = m.boundStatesOrAll();
        String who = actor.known() ? actor.label() : "the " + (recipientActs ? "procurer" : "supplier");
        if (bound.contains("any-person")) {
            if (actor.known()) {
                return step(Elements.BOUND_ACTOR, Status.MET, "The authority reaches any person, US or foreign: " + who
                        + " is within its reach (" + m.bound() + ").", 0.9, ev);
            }
            return step(Elements.BOUND_ACTOR, Status.UNKNOWN, "The authority reaches any person; who acted is not known.", 0, ev);
        }
        if (states.isEmpty()) {
            return step(Elements.BOUND_ACTOR, Status.UNKNOWN, "The measure binds " + m.bound() + "; the state of " + who
                    + " is not known.", 0, ev);
        }
        List<String> hit = states.stream().filter(s -> bound.contains("*")
                ? ("ANY".equals(m.direction()) || !s.equals(m.targetCountry())) : bound.contains(s)).toList();
        if (!hit.isEmpty()) {
            return step(Elements.BOUND_ACTOR, Status.MET, (basis.isEmpty() ? who + " acts for " + names(hit) : basis)
                    + "; the measure binds " + m.bound() + ".", 0.9, ev);
        }
        return step(Elements.BOUND_ACTOR, Status.NOT_MET, (basis.isEmpty() ? who + " acts for " + names(states) : basis)
                + ", which the measure does not bind (it binds " + m.bound() + "); nothing in the claims shows a nexus to it.", 0.8, ev);
    }

    private static String names(Collection<String> countryCodes) {
        return countryCodes.stream().map(RuleEngine::countryName).collect(Collectors.joining(", "));
    }

    // ---- CONDUCT -------------------------------------------------------------------------------

    private ElementCheck conduct(IncidentDraft d, MeasureDefinition m) {
        List<ClaimFact> events = d.claims.stream().filter(c -> c.kind() != ClaimKind.DENIAL).toList();
        List<String> preds = events.stream().map(ClaimFact::predicate).filter(p -> !p.isBlank()).distinct().toList();
        String verbs = String.join(", ", preds);
        if (!preds.isEmpty() && preds.stream().allMatch(p -> ConductVocabulary.in(vocabulary.negating(), p))) {
            return step(Elements.CONDUCT, Status.NOT_MET, "The claims say the transfer did not take place ('" + verbs + "').",
                    0.8, evidence(events));
        }
        if (!preds.isEmpty() && preds.stream().allMatch(p -> ConductVocabulary.in(vocabulary.inchoate(), p))) {
            return step(Elements.CONDUCT, Status.UNKNOWN, "The claims only say a transfer was contemplated ('" + verbs
                    + "'); whether it took place is not said.", 0, evidence(events));
        }
        if (d.service()) {
            Set<String> conduct = m.conductOrEmpty().stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
            if (preds.stream().anyMatch(p -> conduct.contains(p.toLowerCase(Locale.ROOT)))) {
                return step(Elements.CONDUCT, Status.MET, "The claims describe assistance ('" + verbs + "'), conduct the measure covers.",
                        0.85, evidence(events));
            }
            return step(Elements.CONDUCT, Status.UNKNOWN, "What kind of assistance was given is not said ('" + verbs + "').", 0,
                    evidence(events));
        }
        if (d.employment()) {
            return step(Elements.CONDUCT, Status.MET, "The claims describe DPRK nationals working for income ('" + verbs + "').",
                    0.85, evidence(events));
        }
        String what = m.outOf() ? "a procurement from the target (the receiving side acquires the goods)"
                : "a supply, sale or transfer (a gift is a transfer: no sale or payment is needed)";
        return step(Elements.CONDUCT, Status.MET, "The claims report a change of possession" + (verbs.isEmpty() ? "" : " ('" + verbs + "')")
                + ": " + what + (d.alleged() ? ", as alleged" : "") + ".", 0.85, evidence(events));
    }

    // ---- ITEM_IN_SCOPE -------------------------------------------------------------------------

    private ElementCheck itemInScope(IncidentDraft d, MeasureDefinition m, Context ctx) {
        List<EvidenceRef> ev = evidence(d.itemClaims.isEmpty() ? d.claims : d.itemClaims);
        ItemClassification cls = d.classification;
        List<MeasureDefinition.ScopeEntry> any = m.scopeOrEmpty().stream().filter(e -> e.any() && !e.onlyPossible()).toList();
        if (!any.isEmpty()) {
            MeasureDefinition.ScopeEntry e = any.get(0);
            m.scopeOrEmpty().stream().filter(x -> x.any() && x.onlyPossible()).forEach(x -> maybe(ctx, x));
            if (d.item.isBlank()) {
                return step(Elements.ITEM_IN_SCOPE, Status.UNKNOWN, "The measure covers " + e.label()
                        + ", but the claims do not say what was given.", 0, ev);
            }
            adopt(ctx, e);
            return step(Elements.ITEM_IN_SCOPE, Status.MET, "'" + d.item + "' falls under " + e.label() + " (" + e.citation() + ").",
                    0.9, ev);
        }
        if (cls == null || !cls.known()) {
            String what = d.item.isEmpty() ? "The claims do not name the item"
                    : "The item '" + d.item + "' matches no heading of the Harmonized System in the project's data";
            return step(Elements.ITEM_IN_SCOPE, Status.UNKNOWN, what + "; whether the measure covers it cannot be decided.", 0, ev);
        }
        String described = "'" + d.item + "' is classified as HS " + hs.label(cls.hs()) + " by " + cls.method() + " ("
                + String.join(", ", cls.matchedTerms()) + ", certainty " + round(cls.confidence()) + ")"
                + (cls.categories().isEmpty() ? "" : ", category " + String.join(", ", cls.categories()));
        // entries that cover it, with the code that matched (a category match counts as the item's own code)
        Map<MeasureDefinition.ScopeEntry, String> yes = new LinkedHashMap<>();
        List<MeasureDefinition.ScopeEntry> maybe = new ArrayList<>();
        for (MeasureDefinition.ScopeEntry e : m.scopeOrEmpty()) {
            if (e.categoriesOrEmpty().stream().anyMatch(cls.categories()::contains)) {
                yes.put(e, cls.hs());
                continue;
            }
            String code = e.hsOrEmpty().stream().filter(c -> cls.coverage(c) == ItemClassification.Coverage.YES)
                    .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
            if (code != null) {
                yes.put(e, code);
            } else if (e.hsOrEmpty().stream().anyMatch(c -> cls.coverage(c) == ItemClassification.Coverage.MAYBE)
                    || e.possibleHsOrEmpty().contains(cls.hs())) {
                maybe.add(e);
            }
        }
        maybe.forEach(e -> maybe(ctx, e));
        // a more specific entry governs: "93" gives way to "9302" (small arms, 2016), "8703" to "870310" (snowmobiles)
        Map<MeasureDefinition.ScopeEntry, String> governing = new LinkedHashMap<>();
        yes.forEach((e, code) -> {
            boolean general = yes.values().stream().anyMatch(o -> o.length() > code.length() && o.startsWith(code));
            if (!general) {
                governing.put(e, code);
            }
        });
        if (governing.isEmpty()) {
            if (!maybe.isEmpty()) {
                return step(Elements.ITEM_IN_SCOPE, Status.UNKNOWN, described + "; known only to that level, it may fall under "
                        + maybe.get(0).label() + " (" + maybe.get(0).citation() + ").", 0, ev);
            }
            return step(Elements.ITEM_IN_SCOPE, Status.NOT_MET, described + ", which the measure does not cover (it covers "
                    + scopeText(m) + ").", cls.confidence(), ev);
        }
        List<MeasureDefinition.ScopeEntry> withFloor = governing.keySet().stream().filter(e -> e.minValueUsd() != null).toList();
        List<MeasureDefinition.ScopeEntry> noFloor = governing.keySet().stream().filter(e -> e.minValueUsd() == null).toList();
        if (noFloor.isEmpty()) {
            MeasureDefinition.ScopeEntry e = withFloor.get(0);
            double floor = e.minValueUsd();
            Status value = valueAbove(d.value, floor);
            String v = d.value == null ? "its value is not known" : "its value is given as " + valueText(d.value);
            if (value == Status.UNKNOWN) {
                return step(Elements.ITEM_IN_SCOPE, Status.UNKNOWN, described + "; the measure covers it only above USD "
                        + (long) floor + " (" + e.citation() + ") and " + v + ".", 0, ev);
            }
            if (value == Status.NOT_MET) {
                return step(Elements.ITEM_IN_SCOPE, Status.NOT_MET, described + "; " + v + ", not above the floor of USD " + (long) floor
                        + " (" + e.citation() + ").", 0.8, ev);
            }
            adopt(ctx, e);
            return step(Elements.ITEM_IN_SCOPE, Status.MET, described + "; " + v + ", above the floor of USD " + (long) floor
                    + ": " + e.label() + " (" + e.citation() + ").", Math.min(cls.confidence(), 0.8), ev);
        }
        noFloor.forEach(e -> adopt(ctx, e));
        String why = noFloor.stream().map(e -> e.label() + " (" + e.citation() + ", from " + e.adopted() + ")")
                .collect(Collectors.joining("; "));
        return step(Elements.ITEM_IN_SCOPE, Status.MET, described + "; in scope as " + why + ".", cls.confidence(), ev);
    }

    /** An entry that may cover the item: before the governing date, but after this one, the date is unknown. */
    private static void maybe(Context ctx, MeasureDefinition.ScopeEntry e) {
        LocalDate a = LocalDate.parse(e.adopted());
        if (ctx.maybeAdoption == null || a.isBefore(ctx.maybeAdoption)) {
            ctx.maybeAdoption = a;
            ctx.maybeLabel = e.label() + " (" + e.citation() + ", from " + e.adopted() + ")";
        }
    }

    /** The earliest adoption among the scope entries that cover the item governs its date. */
    private static void adopt(Context ctx, MeasureDefinition.ScopeEntry e) {
        LocalDate a = LocalDate.parse(e.adopted());
        if (ctx.adoptionLabel.startsWith("the measure's") || a.isBefore(ctx.adoption)) {
            ctx.adoption = a;
            ctx.adoptionLabel = "the adoption of " + e.citation() + " for " + e.label();
        }
    }

    private static Status valueAbove(Amount v, double floor) {
        if (v == null || !"USD".equalsIgnoreCase(v.currency())) {
            return Status.UNKNOWN;
        }
        return switch (v.comparator()) {
            case AT_LEAST -> v.value() > floor ? Status.MET : Status.UNKNOWN;
            case AT_MOST -> v.value() <= floor ? Status.NOT_MET : Status.UNKNOWN;
            case ABOUT -> v.value() > floor * 1.1 ? Status.MET : v.value() < floor * 0.9 ? Status.NOT_MET : Status.UNKNOWN;
            default -> v.value() > floor ? Status.MET : Status.NOT_MET;
        };
    }

    private static String valueText(Amount v) {
        String c = v.currency().isEmpty() ? "(currency not given, not converted)" : v.currency();
        String cmp = switch (v.comparator()) {
            case AT_LEAST -> "at least ";
            case AT_MOST -> "at most ";
            case ABOUT -> "about ";
            default -> "";
        };
        return cmp + c + " " + (long) v.value();
    }

    private static String scopeText(MeasureDefinition m) {
        return m.scopeOrEmpty().stream().map(e -> e.label() + (e.hsOrEmpty().isEmpty() ? "" : " (HS " + String.join(", ", e.hsOrEmpty()) + ")"))
                .collect(Collectors.joining("; "));
    }

    // ---- DESTINATION ---------------------------------------------------------------------------

    private ElementCheck destination(IncidentDraft d, MeasureDefinition m) {
        boolean into = !m.outOf();
        Set<String> states = into ? d.recipientStates : d.giverStates;
        PartyRef p = into ? d.recipient : d.giver;
        String basis = into ? d.recipientStateBasis : d.giverStateBasis;
        List<EvidenceRef> ev = evidenceFor(d, into ? Role.ROLE_RECIPIENT : Role.ROLE_GIVER);
        String dir = into ? "into" : "out of";
        String target = RuleEngine.countryName(m.targetCountry());
        if (states.isEmpty()) {
            return step(Elements.DESTINATION, Status.UNKNOWN, "The measure covers goods going " + dir + " " + target + "; the state of "
                    + (p.known() ? p.label() : "the " + (into ? "recipient" : "supplier")) + " is not known.", 0, ev);
        }
        String flow = "from " + statesText(d.giverStates) + " to " + statesText(d.recipientStates);
        if (states.contains(m.targetCountry())) {
            return step(Elements.DESTINATION, Status.MET, "The goods go " + flow + (basis.isEmpty() ? "" : " (" + basis + ")")
                    + ": " + dir + " " + target + " as the measure requires.", 0.9, ev);
        }
        return step(Elements.DESTINATION, Status.NOT_MET, "The goods go " + flow + (basis.isEmpty() ? "" : " (" + basis + ")")
                + "; the measure only covers goods going " + dir + " " + target + ".", 0.85, ev);
    }

    private static String statesText(Collection<String> states) {
        return states.isEmpty() ? "an unknown state" : states.stream().map(RuleEngine::countryName).collect(Collectors.joining("/"));
    }

    // ---- DATE_AFTER_ADOPTION -------------------------------------------------------------------

    private ElementCheck date(IncidentDraft d, Context ctx) {
        List<EvidenceRef> ev = d.dateClaim == null ? List.of() : evidence(List.of(d.dateClaim));
        var iv = d.interval;
        String when = "The event lies in " + iv.text() + (d.intervalNote.isEmpty() ? "" : " (" + d.intervalNote + ")")
                + "; it is prohibited from " + ctx.adoption + ", " + ctx.adoptionLabel;
        if (iv.start() != null && !iv.start().isBefore(ctx.adoption)) {
            return step(Elements.DATE_AFTER_ADOPTION, Status.MET, when + ": the whole interval is on or after it.", 0.9, ev);
        }
        if (iv.end() != null && iv.end().isBefore(ctx.adoption) && ctx.maybeAdoption != null && ctx.maybeAdoption.isBefore(ctx.adoption)
                && !iv.end().isBefore(ctx.maybeAdoption)) {
            return step(Elements.DATE_AFTER_ADOPTION, Status.UNKNOWN, when + ": the event is before that, but it may fall under "
                    + ctx.maybeLabel + ", which the claims neither show nor exclude.", 0, ev);
        }
        if (iv.end() != null && iv.end().isBefore(ctx.adoption)) {
            double certainty = "publication".equals(iv.basis()) ? 0.9 : 0.85;
            return step(Elements.DATE_AFTER_ADOPTION, Status.NOT_MET, when + ": the whole interval is before it.", certainty, ev);
        }
        if (iv.open()) {
            return step(Elements.DATE_AFTER_ADOPTION, Status.UNKNOWN, "No date is known for the event; it is prohibited from "
                    + ctx.adoption + ", " + ctx.adoptionLabel + ".", 0, ev);
        }
        return step(Elements.DATE_AFTER_ADOPTION, Status.UNKNOWN, when + ": the interval straddles it (a report's date only "
                + "bounds an event from above).", 0, ev);
    }

    // ---- NO_EXEMPTION --------------------------------------------------------------------------

    private ElementCheck noExemption(IncidentDraft d, MeasureDefinition m) {
        List<EvidenceRef> ev = evidence(d.claims);
        ItemClassification cls = d.classification;
        List<String> open = new ArrayList<>();
        for (MeasureDefinition.ExemptionDefinition ex : m.exemptionsOrEmpty()) {
            boolean itemFits = ex.hsOrEmpty().isEmpty()
                    || (cls != null && ex.hsOrEmpty().stream().anyMatch(h -> cls.coverage(h) == ItemClassification.Coverage.YES));
            String shown = ex.evidenceOrEmpty().stream().filter(t -> d.text.contains(t.toLowerCase(Locale.ROOT))).findFirst().orElse(null);
            if (itemFits && shown != null) {
                return step(Elements.NO_EXEMPTION, Status.NOT_MET, "The claims show the exemption for " + ex.description() + " ("
                        + ex.citation() + "): they say '" + shown + "'.", 0.7, ev);
            }
            if (itemFits && (!ex.hsOrEmpty().isEmpty() || !ex.presumedAbsentOrTrue())) {
                open.add(ex.description() + " (" + ex.citation() + ")");
            }
        }
        if (!open.isEmpty()) {
            return step(Elements.NO_EXEMPTION, Status.UNKNOWN, "The item could fall under the exemption for " + String.join("; ", open)
                    + "; whether its conditions are met is not said.", 0, ev);
        }
        String text = m.exemptionsOrEmpty().isEmpty() ? "The measure provides no exemption that could apply."
                : "No exemption is shown; the measure's exemptions (" + m.exemptionsOrEmpty().stream()
                .map(e -> e.description() + ", " + e.citation()).collect(Collectors.joining("; "))
                + ") must be shown by whoever relies on them, and the item is outside those limited to certain goods.";
        return step(Elements.NO_EXEMPTION, Status.MET, text, 0.8, List.of());
    }

    // ---- LISTED_PARTY --------------------------------------------------------------------------

    private ElementCheck listedParty(IncidentDraft d, MeasureDefinition m, Context ctx) {
        MeasureDefinition.ListingDefinition l = m.listing();
        Map<String, List<PartyRef>> byRole = new LinkedHashMap<>();
        for (String role : l.roles()) {
            List<PartyRef> ps = new ArrayList<>();
            if (role.equals(EventModel.wire(Role.ROLE_GIVER)) && d.giver.known()) {
                ps.add(d.giver);
            } else if (role.equals(EventModel.wire(Role.ROLE_RECIPIENT)) && d.recipient.known()) {
                ps.add(d.recipient);
            } else {
                d.others.forEach((r, list) -> {
                    if (EventModel.wire(r).equals(role)) {
                        ps.addAll(list);
                    }
                });
            }
            if (!ps.isEmpty()) {
                byRole.put(role, ps);
            }
        }
        boolean unresolved = false;
        boolean anyChecked = false;
        for (var e : byRole.entrySet()) {
            for (PartyRef p : e.getValue()) {
                if (p.isCountry()) {
                    // a state is not a listed person or entity where the lists hold none (the UN's)
                    anyChecked |= !l.statesMayBeListed();
                    continue;
                }
                anyChecked = true;
                boolean hit = false;
                if (p.entity().isPresent()) {
                    for (Listing li : p.entity().get().listings()) {
                        boolean dataset = l.datasetsOrEmpty().isEmpty() || l.datasetsOrEmpty().contains(li.dataset());
                        boolean program = l.programsOrEmpty().isEmpty() || li.programs().stream().anyMatch(l.programsOrEmpty()::contains);
                        if (dataset && program) {
                            ctx.listed.add(new ListedHit(e.getKey(), p.label(), p.entityId(), li.list(), li.reference(),
                                    String.join(", ", li.programs()), li.listedOn(), "the party's entity is the listed one"));
                            hit = true;
                        }
                    }
                } else {
                    unresolved = true;
                }
                for (MeasureDefinition.CuratedListing c : l.curatedOrEmpty()) {
                    if (sameName(p, c)) {
                        ctx.listed.add(new ListedHit(e.getKey(), p.label(), p.entityId(), c.act(), "", "", c.listedOn(),
                                "named in " + c.act()));
                        hit = true;
                    }
                }
            }
        }
        // the maker of the item, from the makes and models data, when the measure looks at makers
        if (l.roles().contains(EventModel.wire(Role.ROLE_MANUFACTURER)) && d.classification != null && d.classification.make().isPresent()) {
            MakeModel.Maker maker = d.classification.make().get().manufacturer();
            for (MakeModel.ListedRef ref : maker.listed()) {
                boolean program = l.programsOrEmpty().isEmpty() || l.programsOrEmpty().contains(ref.program());
                boolean dataset = l.datasetsOrEmpty().isEmpty() || (ref.list().startsWith("OFAC") && l.datasetsOrEmpty().contains("ofac-sdn"))
                        || (ref.list().startsWith("UN") && l.datasetsOrEmpty().contains("un-sc"));
                if (program && dataset) {
                    ctx.listed.add(new ListedHit(EventModel.wire(Role.ROLE_MANUFACTURER), maker.name() + " (" + ref.name() + ")", "",
                            ref.list(), ref.reference(), ref.program(), "",
                            "maker of the " + d.classification.matchedTerms().get(0) + " (classification/makes-models.json)"));
                }
            }
        }
        // A manufactured item (or one not named) has a maker; when the measure looks at makers and none
        // is known, "no listed party" cannot be said: the maker may be listed.
        boolean makerUnknown = l.roles().contains(EventModel.wire(Role.ROLE_MANUFACTURER))
                && !byRole.containsKey(EventModel.wire(Role.ROLE_MANUFACTURER))
                && (d.classification == null || d.classification.make().isEmpty()) && manufactured(d.classification);
        String roles = String.join(", ", l.roles());
        if (!ctx.listed.isEmpty()) {
            String who = ctx.listed.stream().map(h -> h.name() + " (" + h.role() + "): " + h.list()
                    + (h.reference().isEmpty() ? "" : " " + h.reference()) + (h.programs().isEmpty() ? "" : ", " + h.programs())
                    + (h.listedOn().isEmpty() ? "" : ", listed " + h.listedOn()) + "; " + h.how()).collect(Collectors.joining("; "));
            ctx.listed.stream().map(ListedHit::listedOn).filter(s -> !s.isEmpty()).min(String::compareTo).ifPresent(s -> {
                ctx.adoption = LocalDate.parse(s.substring(0, 10));
                ctx.adoptionLabel = "the listing of the party";
            });
            return step(Elements.LISTED_PARTY, Status.MET, "Designated: " + who + ".", 0.95, evidence(d.claims));
        }
        if (!anyChecked) {
            return step(Elements.LISTED_PARTY, Status.UNKNOWN, "None of the roles the measure looks at (" + roles
                    + ") is named for this incident.", 0, List.of());
        }
        if (!l.complete() || !listsLoaded) {
            return step(Elements.LISTED_PARTY, Status.UNKNOWN, "No party in the roles " + roles + " is found designated, but "
                    + (listsLoaded ? "the list this measure turns on is not held in full here (only the entries in the measure's data)"
                    : "the lists are not loaded yet") + ".", 0, evidence(d.claims));
        }
        if (unresolved) {
            return step(Elements.LISTED_PARTY, Status.UNKNOWN, "A party in the roles " + roles
                    + " is not resolved to an entity, so it cannot be checked against the lists.", 0, evidence(d.claims));
        }
        if (makerUnknown) {
            return step(Elements.LISTED_PARTY, Status.UNKNOWN, "No party named is designated, but the maker of "
                    + (d.item.isEmpty() ? "the item" : "'" + d.item + "'") + " is not known and may be.", 0, evidence(d.claims));
        }
        return step(Elements.LISTED_PARTY, Status.NOT_MET, "Every party in the roles " + roles + " was checked against the lists "
                + "held (" + String.join(", ", l.datasetsOrEmpty()) + (l.programsOrEmpty().isEmpty() ? "" : ", programs "
                + String.join(", ", l.programsOrEmpty())) + "): none is designated.", 0.85, evidence(d.claims));
    }

    /** Goods with a maker worth screening: an unnamed item, or machinery, vehicles, aircraft, vessels, instruments, arms (HS 84-96). */
    private static boolean manufactured(ItemClassification cls) {
        if (cls == null || !cls.known()) {
            return true;
        }
        String h = cls.hs().split("-")[0];
        int chapter = Integer.parseInt(h.substring(0, 2));
        return chapter >= 84 && chapter <= 96;
    }

    private static boolean sameName(PartyRef p, MeasureDefinition.CuratedListing c) {
        Set<String> candidates = new LinkedHashSet<>();
        candidates.add(c.name());
        if (c.aliases() != null) {
            candidates.addAll(c.aliases());
        }
        Set<String> party = new java.util.HashSet<>(List.of(tokenSet(p.name()), tokenSet(p.label())));
        return candidates.stream().map(MeasureEvaluator::tokenSet).anyMatch(t -> !t.isEmpty() && party.contains(t));
    }

    private static String tokenSet(String s) {
        return java.util.Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).sorted()
                .collect(Collectors.joining(" "));
    }

    // ---- KNOWLEDGE -----------------------------------------------------------------------------

    private ElementCheck knowledge(IncidentDraft d) {
        String neg = vocabulary.knowledgeNegating().stream().filter(w -> d.text.contains(w)).findFirst().orElse(null);
        if (neg != null) {
            return step(Elements.KNOWLEDGE, Status.NOT_MET, "The claims say the exporter acted '" + neg + "'.", 0.6, evidence(d.claims));
        }
        boolean person = d.giver.entity().map(e -> e.kind() == EntityFact.Kind.PERSON).orElse(false);
        boolean firm = d.claims.stream().anyMatch(c -> c.kind() == ClaimKind.TRANSFER
                && (c.modality() == dossier.sanctions.domain.Modality.ASSERTED || c.modality() == dossier.sanctions.domain.Modality.REPORTED)
                && c.first(Role.ROLE_GIVER).map(a -> a.entityId().equals(d.giver.entityId()) && !a.entityId().isEmpty()).orElse(false));
        if (person && firm) {
            return step(Elements.KNOWLEDGE, Status.MET, d.giver.label() + " made the transfer in person: a gift chosen and given "
                    + "by the giver is given knowingly.", 0.8, evidenceFor(d, Role.ROLE_GIVER));
        }
        return step(Elements.KNOWLEDGE, Status.UNKNOWN, "Whether the exporter knew what was exported, and where to, is not shown.",
                0, List.of());
    }

    // ---- evidence ------------------------------------------------------------------------------

    Weight weigh(IncidentDraft d) {
        String mod = d.modality.name().toLowerCase(Locale.ROOT);
        double v = weights.modality().getOrDefault(mod, weights.modality().get("unspecified"));
        List<String> parts = new ArrayList<>();
        parts.add(round(v) + " (strongest claim " + mod + ")");
        // the best asserter counts once; anonymous sourcing only lowers it when nothing better backs the incident
        Set<String> kinds = new LinkedHashSet<>(d.asserters.values());
        EvidenceWeights.Asserter best = null;
        for (EvidenceWeights.Asserter a : weights.asserters()) {
            if (kinds.contains(a.kind()) && (best == null || a.bonus() > best.bonus())) {
                best = a;
            }
        }
        if (best != null && best.bonus() != 0) {
            final String bestKind = best.kind();
            String names = d.asserters.entrySet().stream().filter(e -> e.getValue().equals(bestKind))
                    .map(e -> d.asserterNames.getOrDefault(e.getKey(), "")).filter(s -> !s.isBlank()).distinct().collect(Collectors.joining(", "));
            v += best.bonus();
            parts.add(sign(best.bonus()) + " (" + best.label() + (names.isEmpty() ? "" : ": " + names) + ")");
        }
        if (d.independentLines > 1) {
            double b = Math.min(weights.maxLinesBonus(), weights.perExtraLine() * (d.independentLines - 1));
            v += b;
            parts.add(sign(b) + " (" + d.independentLines + " independent lines)");
        }
        if (!d.hedges.isEmpty()) {
            double h = Math.max(weights.maxHedgePenalty(), weights.perHedge() * d.hedges.size());
            v += h;
            parts.add(sign(h) + " (hedged: " + String.join(", ", d.hedges) + ")");
        }
        if (d.denied()) {
            v += weights.denied();
            parts.add(sign(weights.denied()) + " (denied)");
        }
        if (!d.conflictNotes.isEmpty()) {
            v += weights.conflict();
            parts.add(sign(weights.conflict()) + " (sources disagree)");
        }
        boolean established = !d.alleged() && d.asserters.entrySet().stream()
                .anyMatch(e -> weights.asserter(e.getValue()).establishes()
                        && e.getKey().modality() != dossier.sanctions.domain.Modality.SPECULATIVE
                        && e.getKey().modality() != dossier.sanctions.domain.Modality.ALLEGED);
        parts.add(established ? "established first-hand" : "not established first-hand (press or anonymous lines only)");
        return new Weight(round(v), established, String.join(" ", parts));
    }

    private static String sign(double x) {
        return (x >= 0 ? "+ " : "- ") + round(Math.abs(x));
    }

    private ElementCheck evidenceStep(IncidentDraft d, Weight w) {
        List<String> parts = new ArrayList<>();
        parts.add("Strongest claim: " + d.modality.name().toLowerCase(Locale.ROOT));
        parts.add(d.independentLines + " independent line(s) of evidence from " + d.claims.stream()
                .map(ClaimFact::sourceId).distinct().count() + " source(s)");
        List<String> who = d.asserters.entrySet().stream().filter(e -> !e.getValue().equals("press"))
                .map(e -> e.getValue() + (d.asserterNames.getOrDefault(e.getKey(), "").isBlank() ? "" : " (" + d.asserterNames.get(e.getKey()) + ")"))
                .distinct().toList();
        if (!who.isEmpty()) {
            parts.add("asserted by " + String.join(", ", who));
        }
        if (!d.hedges.isEmpty()) {
            parts.add("hedged (" + String.join(", ", d.hedges) + ")");
        }
        if (d.denied()) {
            parts.add("denied by " + d.denials.size() + " claim(s)");
        }
        if (!d.conflictNotes.isEmpty()) {
            parts.add("sources disagree: " + String.join("; ", d.conflictNotes));
        }
        parts.add("weight " + w.basis());
        List<ClaimFact> all = new ArrayList<>(d.claims);
        all.addAll(d.confirmations);
        all.addAll(d.denials);
        return step(Elements.EVIDENCE_STRENGTH, w.established() ? Status.MET : Status.UNKNOWN, String.join("; ", parts) + ".",
                w.value(), evidence(all));
    }

    // ---- exposures and summary -----------------------------------------------------------------

    private List<Exposure> exposures(IncidentDraft d, MeasureDefinition m, Outcome o, Context ctx) {
        List<Exposure> out = new ArrayList<>();
        if (o == Outcome.NOT_APPLICABLE || o == Outcome.NO_VIOLATION) {
            return out;
        }
        String cite = m.citations().get(0).instrument() + " " + m.citations().get(0).provision();
        if (!m.exposure()) {
            Set<String> states = m.outOf() ? d.recipientStates : d.giverStates;
            String kind = o == Outcome.VIOLATION ? "state in breach" : "state possibly in breach";
            for (String s : states) {
                if (!s.equals(m.targetCountry()) || "ANY".equals(m.direction())) {
                    out.add(new Exposure(RuleEngine.countryName(s), "", kind, m.exposed() + "; " + cite));
                }
            }
        } else if (m.elements().contains(Elements.LISTED_PARTY) && !m.elements().contains(Elements.CONDUCT)) {
            for (ListedHit h : ctx.listed) {
                out.add(new Exposure(h.name(), h.entityId(), "designated party (" + h.role() + ")",
                        h.list() + (h.reference().isEmpty() ? "" : " " + h.reference()) + (h.programs().isEmpty() ? "" : " " + h.programs())
                                + "; " + cite + "; " + m.exposed()));
            }
        } else if (d.giver.known()) {
            out.add(new Exposure(d.giver.label(), d.giver.entityId(), "foreign person at risk of US secondary sanctions (designation)", cite + "; " + m.exposed()));
        }
        for (ListedHit h : ctx.listed) {
            if (!m.exposure()) {
                out.add(new Exposure(h.name(), h.entityId(), "designated party (" + h.role() + ")",
                        h.list() + " " + h.reference() + "; assets and economic resources to be frozen; " + cite));
            }
        }
        return out;
    }

    private String summary(IncidentDraft d, MeasureDefinition m, Outcome o, double conf, List<ElementCheck> steps, DecisionTable.Row row) {
        String what = (d.alleged() ? "Alleged " : "") + d.baseKind() + " of "
                + (d.item.isEmpty() ? "an unnamed item" : "'" + d.item + "'") + " from " + d.giver.label() + " to " + d.recipient.label();
        List<String> notMet = steps.stream().filter(s -> s.status() == Status.NOT_MET && !s.element().equals(Elements.EVIDENCE_STRENGTH))
                .map(ElementCheck::element).toList();
        List<String> unknown = steps.stream().filter(s -> s.status() == Status.UNKNOWN && !s.element().equals(Elements.EVIDENCE_STRENGTH))
                .map(ElementCheck::element).toList();
        String why = switch (o) {
            case NOT_APPLICABLE, NO_VIOLATION -> "not met: " + String.join(", ", notMet);
            case INSUFFICIENT_EVIDENCE, POSSIBLE_VIOLATION -> unknown.isEmpty() ? row.why() : "unknown: " + String.join(", ", unknown)
                    + (d.alleged() ? " (" + row.why() + ")" : "");
            case VIOLATION, LIKELY_VIOLATION -> row.why();
        };
        String label = m.exposure() ? exposureLabel(o) : o.name();
        return m.id() + ": " + label + " (confidence " + conf + ") — " + what + "; " + why + ".";
    }

    /** For a designation authority or a listing the outcome says how well the exposure is shown, never a breach by the party. */
    static String exposureLabel(Outcome o) {
        return switch (o) {
            case VIOLATION -> "EXPOSURE ESTABLISHED";
            case LIKELY_VIOLATION -> "EXPOSURE LIKELY";
            case POSSIBLE_VIOLATION -> "EXPOSURE POSSIBLE";
            case INSUFFICIENT_EVIDENCE -> "INSUFFICIENT EVIDENCE OF EXPOSURE";
            case NO_VIOLATION -> "NO EXPOSURE";
            case NOT_APPLICABLE -> "NOT APPLICABLE";
        };
    }

    // ---- evidence references -------------------------------------------------------------------

    private List<EvidenceRef> evidenceFor(IncidentDraft d, Role role) {
        List<EvidenceRef> out = new ArrayList<>();
        for (ClaimFact c : d.claims) {
            c.first(role).ifPresent(a -> out.add(ref(c, a.span().present() ? a.span() : c.span())));
        }
        return out;
    }

    private List<EvidenceRef> evidence(List<ClaimFact> claims) {
        return claims.stream().distinct().map(c -> ref(c, c.span())).toList();
    }

    private EvidenceRef ref(ClaimFact c, TextSpan span) {
        SourceFact s = sources.get(c.sourceId());
        return new EvidenceRef(c.id(), c.sourceId(), s == null ? "" : s.title(), span, c.summary());
    }

    private static ElementCheck step(String element, Status st, String text, double certainty, List<EvidenceRef> ev) {
        return new ElementCheck(element, st, text, certainty, ev);
    }

    static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
