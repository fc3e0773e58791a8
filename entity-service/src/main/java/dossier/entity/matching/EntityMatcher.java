package dossier.entity.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one matcher of the suite (screening and mention resolution): retrieves candidates from the
 * {@link MatcherIndex}, scores each of their names with the {@link NameScorer}, keeps the best
 * name per entity and adjusts by schema, birth date and country.
 */
public final class EntityMatcher {

    public static final double DEFAULT_THRESHOLD = 0.70;
    /**
     * Legal forms of different kinds ("Alfa AG" / "Alfa GmbH") name two legal persons, such as a
     * parent and its subsidiary: weighs between a conflicting birth date and another schema.
     */
    static final double LEGAL_FORM_CONFLICT = 0.35;

    private static final Set<String> ORGANISATION_LIKE =
            Set.of("ORGANIZATION", "COMPANY", "PUBLIC_BODY", "LEGAL_ENTITY");

    private final MatcherIndex index;
    private final NameScorer scorer;
    private final double defaultThreshold;
    private volatile SameAsGraph sameAs = SameAsGraph.EMPTY;

    public EntityMatcher(MatcherIndex index, double defaultThreshold) {
        this.index = index;
        this.scorer = new NameScorer();
        this.defaultThreshold = defaultThreshold;
    }

    /** Entities judged the same by an analyst are matched as one (see {@link #match}). */
    public void sameAs(SameAsGraph graph) {
        this.sameAs = graph;
    }

    /** The analysts' judgements matching goes by now (a new graph with every reload of them). */
    public SameAsGraph sameAsGraph() {
        return sameAs;
    }

    public MatcherIndex index() {
        return index;
    }

    public double defaultThreshold() {
        return defaultThreshold;
    }

    public double thresholdFor(MatchQuery q) {
        return q.threshold() > 0 ? q.threshold() : defaultThreshold;
    }

    /** Ranked matches, best first. Throws IllegalArgumentException for a blank name. */
    public List<NameMatch> match(MatchQuery query) {
        if (query.name() == null || query.name().isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        NameNormalizer.Normalised normalised = index.normalizer().normalise(query.name());
        List<String> qTokens = normalised.tokens();
        if (qTokens.isEmpty()) {
            throw new IllegalArgumentException("name \"" + query.name() + "\" has no letters or digits to match");
        }
        double threshold = thresholdFor(query);
        String qNative = NativeScript.key(query.name());
        Set<String> qForms = normalised.legalFormKinds();
        // the query's parts keep their features across all candidates
        List<NamePart> qParts = NamePart.of(qTokens);
        Map<String, Scored> best = new HashMap<>();
        int limit = query.limit() > 0 ? query.limit() : 10;
        // the full scorer sees only the names the index ranks best: a few per wanted result
        int retrieve = Math.max(MatcherIndex.DEFAULT_CANDIDATES, 2 * limit);
        for (MatcherIndex.IndexedName name : index.candidates(withVariants(qTokens), retrieve, query.datasets())) {
            MatchSubject s = name.subject();
            NameComparison cmp = scorer.compareParts(qParts, name.parts(), isPersonLike(s.schema()));
            double nameScore = (qNative == null ? cmp.score()
                    : Math.min(cmp.score(), NativeScript.cap(qNative, name.nativeKey()))) * name.kind().weight();
            Scored prev = best.get(s.id());
            if (prev == null || nameScore > prev.nameScore) {
                best.put(s.id(), new Scored(s, name, cmp, nameScore));
            }
        }
        // scores first (they rank); reasons, with their texts, only for the hits returned
        List<NameMatch> out = new ArrayList<>(best.size());
        for (Scored sc : best.values()) {
            out.add(qualify(query, qForms, sc, threshold, null));
        }
        out = mergeJudgedSame(out);
        out.sort(Comparator.comparingDouble(NameMatch::score).reversed()
                .thenComparing(m -> m.subject().caption() == null ? "" : m.subject().caption()));
        if (out.size() > limit) out = out.subList(0, limit);
        List<NameMatch> explained = new ArrayList<>(out.size());
        for (NameMatch m : out) {
            List<MatchReason> reasons = new ArrayList<>();
            qualify(query, qForms, best.get(m.subject().id()), threshold, reasons);
            reasons.addAll(m.reasons()); // the analyst_decision reason of a merged group
            explained.add(new NameMatch(m.subject(), m.score(), m.passesThreshold(), m.matchedName(), m.matchedKind(),
                    List.copyOf(reasons)));
        }
        return explained;
    }

    /**
     * Entities an analyst judged the same are one party: the best-scoring of them stands for the
     * group, and its reasons say which others it stands for.
     */
    private List<NameMatch> mergeJudgedSame(List<NameMatch> matches) {
        SameAsGraph graph = sameAs;
        if (graph.isEmpty()) return matches;
        Map<String, NameMatch> bestOfGroup = new HashMap<>();
        Map<String, List<String>> mergedIds = new HashMap<>();
        for (NameMatch m : matches) {
            String group = graph.representative(m.subject().id());
            NameMatch prev = bestOfGroup.get(group);
            if (prev == null || m.score() > prev.score()) {
                if (prev != null) mergedIds.computeIfAbsent(group, k -> new ArrayList<>()).add(prev.subject().id());
                bestOfGroup.put(group, m);
            } else {
                mergedIds.computeIfAbsent(group, k -> new ArrayList<>()).add(m.subject().id());
            }
        }
        List<NameMatch> out = new ArrayList<>(bestOfGroup.size());
        bestOfGroup.forEach((group, m) -> {
            List<String> merged = mergedIds.get(group);
            if (merged == null) {
                out.add(m);
                return;
            }
            List<MatchReason> reasons = new ArrayList<>(m.reasons());
            reasons.add(new MatchReason("analyst_decision", 1.0, "also stands for " + String.join(", ", merged)
                    + ", judged the same entity by an analyst (the best-scoring of them is shown)"));
            out.add(new NameMatch(m.subject(), m.score(), m.passesThreshold(), m.matchedName(), m.matchedKind(),
                    List.copyOf(reasons)));
        });
        return out;
    }

    /**
     * The query's parts and their listed variants: "Bob" must also find entries written "Robert".
     * Not those of particles: each variant counts in retrieval as a part of its own, and the
     * nicknames of "al" (Alan, Albert, Alfred ...) would crowd out the names with the query's
     * other parts; the scorer still relates a particle to its variants.
     */
    private static List<String> withVariants(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens);
        for (String t : tokens) {
            if (NameScorer.isParticle(t)) continue;
            // sorted: the sets' order differs from one run to the next, and the query's token order breaks ties in retrieval
            for (String v : new TreeSet<>(NameVariants.standard().variantsOf(t))) {
                if (!out.contains(v)) out.add(v);
            }
        }
        return out;
    }

    /** Name-only similarity of two names (no index): the score the benchmark measures. */
    public double compareNames(String a, String b, String schema) {
        NameNormalizer.Normalised na = index.normalizer().normalise(a), nb = index.normalizer().normalise(b);
        List<String> ta = na.tokens(), tb = nb.tokens();
        if (ta.isEmpty() || tb.isEmpty()) return 0;
        // symmetric: either side may be the fuller one
        boolean person = schema == null || isPersonLike(schema.toUpperCase(Locale.ROOT));
        double score = Math.max(scorer.compare(ta, tb, person).score(), scorer.compare(tb, ta, person).score() * 0.97);
        if (!person && legalFormsConflict(na.legalFormKinds(), nb.legalFormKinds())) score -= LEGAL_FORM_CONFLICT;
        return clamp(Math.min(score, NativeScript.cap(NativeScript.key(a), NativeScript.key(b))));
    }

    /**
     * The hit for a scored name: its name score adjusted by schema, legal form, birth date and
     * country. With {@code reasons} null only the score is worked out (for ranking every
     * candidate); otherwise {@code reasons} receives the per-feature breakdown with its texts.
     */
    private NameMatch qualify(MatchQuery q, Set<String> qForms, Scored sc, double threshold, List<MatchReason> reasons) {
        Explain explain = new Explain(reasons);
        NameComparison cmp = sc.cmp;
        explain.add("name_tokens", round(cmp.score()), () -> {
            StringBuilder detail = new StringBuilder("\"").append(q.name()).append("\" against \"")
                    .append(sc.name.value()).append("\": aligned ").append(String.join(", ", cmp.pairs()));
            if (!cmp.missingQuery().isEmpty()) {
                detail.append("; not in the candidate: ").append(String.join(" ", cmp.missingQuery()));
            }
            if (!cmp.extraCandidate().isEmpty()) {
                detail.append("; only in the candidate: ").append(String.join(" ", cmp.extraCandidate()));
            }
            return detail.toString();
        });
        if (reasons != null) cmp.matchedBy().forEach((kind, count) -> reasons.add(pairReason(kind, count)));
        double score = sc.nameScore;
        if (score < cmp.score() * sc.name.kind().weight()) {
            explain.add("native_script", round(score / sc.name.kind().weight()),
                    () -> "both names are written in Han, Hangul or kana, and differ there in a character");
        }
        if (sc.name.kind() != NameKind.PRIMARY && sc.name.kind() != NameKind.ALIAS) {
            explain.add("alias_kind", sc.name.kind().weight(),
                    () -> "matched a " + sc.name.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + ", which counts less than a primary name");
        }
        double adjust = 0;
        // schema
        String qs = blankToNull(q.schema()), cs = blankToNull(sc.subject.schema());
        if (qs != null && cs != null && !qs.equals(cs)) {
            if (compatible(qs, cs)) {
                adjust += explain.add("schema", -0.02, () -> "looked for " + qs + ", found the related type " + cs);
            } else {
                adjust += explain.add("schema", -0.4, () -> "looked for " + qs + " but the candidate is a " + cs);
            }
        }
        if (!qForms.isEmpty() && !isPersonLike(cs)) {
            Set<String> cForms = sc.name.legalFormKinds();
            if (legalFormsConflict(qForms, cForms)) {
                adjust += explain.add("legal_form", -LEGAL_FORM_CONFLICT, () -> "the query is a "
                        + String.join("/", qForms) + " body, the candidate a " + String.join("/", cForms) + " one");
            }
        }
        // birth date
        String qb = blankToNull(q.birthDate());
        List<String> dates = sc.subject.birthDates();
        if (qb != null && !dates.isEmpty()) {
            String qYear = qb.length() >= 4 ? qb.substring(0, 4) : qb;
            if (dates.contains(qb)) {
                adjust += explain.add("birth_date", 0.08, () -> "same birth date " + qb);
            } else if (dates.stream().anyMatch(d -> d.startsWith(qYear))) {
                adjust += explain.add("birth_date", 0.04, () -> "same birth year " + qYear);
            } else {
                adjust += explain.add("birth_date", -0.2, () -> "born " + qb + ", the candidate " + String.join(" or ", dates));
            }
        }
        // country
        String qc = blankToNull(q.country());
        if (qc != null && !sc.subject.countries().isEmpty()) {
            String code = qc.toLowerCase(Locale.ROOT);
            if (sc.subject.countries().contains(code)) {
                adjust += explain.add("country", 0.03, () -> "both linked to country " + code);
            } else {
                adjust += explain.add("country", -0.08, () -> "query country " + code + ", the candidate "
                        + String.join(", ", sc.subject.countries()));
            }
        }
        double finalScore = clamp(score + adjust);
        return new NameMatch(sc.subject, round(finalScore), finalScore >= threshold, sc.name.value(), sc.name.kind(), List.of());
    }

    /** Collects reasons when asked to, building their texts only then. */
    private record Explain(List<MatchReason> reasons) {
        /** Adds the reason (if collecting) and returns its weight. */
        double add(String feature, double weight, java.util.function.Supplier<String> detail) {
            if (reasons != null) reasons.add(new MatchReason(feature, weight, detail.get()));
            return weight;
        }
    }

    private static MatchReason pairReason(NameScorer.PairKind kind, int count) {
        return switch (kind) {
            case PHONETIC -> new MatchReason("phonetic", 0.88,
                    count + " name part(s) matched by sound (Double Metaphone) rather than spelling");
            case VARIANT -> new MatchReason("name_variant", NameScorer.VARIANT_SIMILARITY,
                    count + " name part(s) matched as a nickname or another established spelling of the name");
            case ROMANISATION -> new MatchReason("romanisation", NameScorer.ROMANISATION_SIMILARITY,
                    count + " name part(s) matched as another romanisation of the same Korean or Mandarin syllables");
            case CONSONANTS -> new MatchReason("consonants", NameScorer.CONSONANT_SIMILARITY,
                    count + " name part(s) matched by their consonants, as written in scripts without vowels");
            case SPELLING -> throw new IllegalArgumentException("spelling is the name_tokens reason itself, not counted apart");
        };
    }

    static boolean isPersonLike(String schema) {
        return schema == null || schema.equals("PERSON") || schema.equals("SCHEMA_UNSPECIFIED");
    }

    /** Both names carry a legal form of a known kind, and no kind is common to both. */
    private static boolean legalFormsConflict(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && Collections.disjoint(a, b);
    }

    private static boolean compatible(String a, String b) {
        if (a.equals("LEGAL_ENTITY") && (b.equals("PERSON") || ORGANISATION_LIKE.contains(b))) return true;
        if (b.equals("LEGAL_ENTITY") && (a.equals("PERSON") || ORGANISATION_LIKE.contains(a))) return true;
        return ORGANISATION_LIKE.contains(a) && ORGANISATION_LIKE.contains(b);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() || s.equals("SCHEMA_UNSPECIFIED") ? null : s.strip();
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static double round(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }

    private record Scored(MatchSubject subject, MatcherIndex.IndexedName name, NameComparison cmp, double nameScore) {
    }
}
