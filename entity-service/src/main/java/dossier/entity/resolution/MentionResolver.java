package dossier.entity.resolution;

import dossier.entity.matching.EntityMatcher;
import dossier.entity.matching.MatchQuery;
import dossier.entity.matching.MatchSubject;
import dossier.entity.matching.MatcherIndex;
import dossier.entity.matching.NameKind;
import dossier.entity.matching.NameMatch;
import dossier.entity.matching.NameNormalizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the mentions of one document: country terms (names, demonyms; capitals and seats of
 * government by metonymy), full names through the {@link EntityMatcher}, titles and bare name
 * parts by coreference to the latest earlier person mention, short forms the document defines
 * ("... Studies (CNS)") to the mention they abbreviate ({@link Abbreviations}), and descriptors
 * ("the North Korean leader") to the person of that country the document last named. Plain Java, one call per document.
 */
public final class MentionResolver {

    /** Settings: the score a name match needs and by how much it must beat the runner-up. */
    public record Settings(double threshold, double margin) {
        public static Settings defaults() {
            return new Settings(0.80, 0.05);
        }
    }

    private static final Set<String> SCHEMAS = Set.of("PERSON", "ORGANIZATION", "COMPANY", "PUBLIC_BODY", "COUNTRY",
            "VEHICLE", "VESSEL", "AIRCRAFT", "ITEM", "POSITION", "LEGAL_ENTITY");

    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    /** Names whose matches are remembered across documents (a few kilobytes each). */
    private static final int RECENT_MATCHES = 10_000;

    private final EntityMatcher matcher;
    private final ReferenceLexicon lexicon;
    private final MentionFinder finder;
    private final Settings settings;
    private final NameNormalizer normalizer;
    private final RecentMatches recentMatches;

    public MentionResolver(EntityMatcher matcher, ReferenceLexicon lexicon, Settings settings) {
        this.matcher = matcher;
        this.lexicon = lexicon;
        this.finder = new MentionFinder(lexicon);
        this.settings = settings;
        this.normalizer = lexicon.normalizer();
        this.recentMatches = new RecentMatches(matcher, RECENT_MATCHES);
    }

    /** A person named in the document so far. */
    private static final class PersonMention {
        final MatchSubject subject;
        final Set<String> tokens = new HashSet<>();
        final Set<String> countries = new LinkedHashSet<>();
        int lastStart;
        int count;
        double confidence;

        PersonMention(MatchSubject subject) {
            this.subject = subject;
            this.countries.addAll(subject.countries());
        }
    }

    private final class Document {
        final String id;
        final boolean createUnknown;
        final EntityDirectory directory;
        final Map<String, PersonMention> persons = new HashMap<>();
        final List<PersonMention> order = new ArrayList<>();

        Document(String id, boolean createUnknown, EntityDirectory directory) {
            this.id = id;
            this.createUnknown = createUnknown;
            this.directory = directory;
        }

        void notePerson(MatchSubject s, List<String> surfaceTokens, int start, double confidence, String country) {
            if (!"PERSON".equals(s.schema())) return;
            PersonMention p = persons.computeIfAbsent(s.id(), k -> {
                PersonMention pm = new PersonMention(s);
                for (MatcherIndex.IndexedName n : matcher.index().namesOf(s.id())) pm.tokens.addAll(n.tokens());
                return pm;
            });
            p.tokens.addAll(surfaceTokens);
            if (country != null) p.countries.add(country);
            p.lastStart = start;
            p.count++;
            p.confidence = Math.max(p.confidence, confidence);
            order.remove(p);
            order.add(p);
        }
    }

    /**
     * Resolves the candidates (or, when none are given, the mentions found in the text), one
     * result per mention in document order.
     */
    public List<Resolution> resolve(String documentId, String text, List<MentionCandidate> candidates,
                                    boolean createUnknown, EntityDirectory directory) {
        boolean own = candidates == null || candidates.isEmpty();
        List<MentionCandidate> spans = new ArrayList<>(own ? finder.find(text == null ? "" : text) : candidates);
        spans.sort(Comparator.comparingInt(MentionCandidate::start));
        Document doc = new Document(documentId, createUnknown, directory);
        Resolution[] out = new Resolution[spans.size()];
        Map<Integer, Descriptor> descriptors = new HashMap<>();
        Map<String, Integer> abbreviations = Abbreviations.defined(text, spans);
        for (int i = 0; i < spans.size(); i++) {
            MentionCandidate span = spans.get(i);
            Integer longForm = abbreviations.get(MentionFinder.stripPossessive(span.text().strip()));
            if (longForm != null && longForm < i && out[longForm] != null && out[longForm].entityId() != null) {
                // "CNS" after "the James Martin Center for Nonproliferation Studies (CNS)": the same entity
                Resolution named = out[longForm];
                out[i] = new Resolution(span, named.entityId(), named.caption(), named.schema(), named.confidence(),
                        "abbreviation", named.countries());
                continue;
            }
            Descriptor d = descriptorOf(span);
            if (d != null && d.rest.isEmpty()) {
                descriptors.put(i, d);
                continue;
            }
            out[i] = resolveName(doc, span, d, own);
        }
        // descriptors right before a name ("Iranian foreign minister Ali Rezaei") name that person ...
        for (Map.Entry<Integer, Descriptor> e : descriptors.entrySet()) {
            int i = e.getKey();
            Descriptor d = e.getValue();
            if (d.stateRole) continue;
            if (i + 1 < spans.size() && out[i + 1] != null && out[i + 1].entityId() != null
                    && "PERSON".equals(out[i + 1].schema()) && adjacent(text, spans.get(i), spans.get(i + 1))) {
                PersonMention p = doc.persons.get(out[i + 1].entityId());
                if (p != null) p.countries.add(d.country);
                out[i] = fromSubject(spans.get(i), p == null ? null : p.subject, 0.85, "descriptor", p);
            }
        }
        // ... the others refer back to the latest person of that country (or the most frequent one)
        for (Map.Entry<Integer, Descriptor> e : descriptors.entrySet()) {
            int i = e.getKey();
            if (out[i] != null) continue;
            Descriptor d = e.getValue();
            MentionCandidate span = spans.get(i);
            if (d.stateRole) {
                out[i] = doc.directory.country(d.country)
                        .map(c -> fromSubject(span, c, 0.8, "descriptor", null))
                        .orElse(Resolution.unresolved(span));
                continue;
            }
            PersonMention p = personOfCountry(doc, d.country, span.start());
            out[i] = p == null ? Resolution.unresolved(span) : fromSubject(span, p.subject, 0.7, "descriptor", p);
        }
        return List.of(out);
    }

    private Resolution resolveName(Document doc, MentionCandidate span, Descriptor d, boolean ownSpans) {
        String surface = MentionFinder.stripPossessive(span.text().strip());
        // the whole span is a country term: a name, a demonym, a capital or a seat of government
        if (d == null) {
            Optional<ReferenceLexicon.Term> term = lexicon.term(surface);
            if (term.isPresent()) {
                ReferenceLexicon.Term t = term.get();
                boolean metonym = t.kind() == ReferenceLexicon.TermKind.CAPITAL || t.kind() == ReferenceLexicon.TermKind.METONYM;
                return doc.directory.country(t.code())
                        .map(c -> fromSubject(span, c, metonym ? 0.85 : 0.95, metonym ? "metonymy" : "name", null))
                        .orElse(Resolution.unresolved(span));
            }
        }
        List<String> folded = tokensOf(d != null ? String.join(" ", d.rest) : surface);
        boolean titled = false;
        while (!folded.isEmpty() && normalizer.isHonorific(folded.get(0))) {
            folded = folded.subList(1, folded.size());
            titled = true;
        }
        if (folded.isEmpty()) return Resolution.unresolved(span);
        String name = String.join(" ", folded);
        List<String> tokens = normalizer.tokens(name);
        String country = d == null ? null : d.country;
        String schema = schemaOf(span.hint());
        if (tokens.size() == 1) {
            PersonMention p = corefer(doc, tokens, span.start());
            if (p != null) {
                doc.notePerson(p.subject, tokens, span.start(), p.confidence, country);
                return fromSubject(span, p.subject, round(0.9 * p.confidence), "coreference", p);
            }
            if (!titled && !CALENDAR.contains(tokens.get(0))) {
                // a bare word names a list entry only when exactly one entity has it as a whole name
                Set<String> exact = matcher.index().exactSubjects(tokens);
                if (exact.size() == 1) {
                    MatchSubject s = matcher.index().subject(exact.iterator().next());
                    if (s != null && (schema == null || schema.equals(s.schema()))) {
                        doc.notePerson(s, tokens, span.start(), 0.75, country);
                        return fromSubject(span, s, 0.75, "name", doc.persons.get(s.id()));
                    }
                }
            }
            return unknown(doc, span, name, schema, ownSpans);
        }
        List<NameMatch> matches = recentMatches.match(new MatchQuery(name, schema, null, null, Set.of(), 5, settings.threshold()));
        if (!matches.isEmpty()) {
            NameMatch best = matches.get(0);
            // unverified entities made from earlier mentions do not make a listed name ambiguous
            double second = matches.stream().skip(1).filter(m -> !m.subject().datasets().equals(Set.of("mention")))
                    .mapToDouble(NameMatch::score).findFirst().orElse(0);
            if (best.score() >= settings.threshold() && best.score() - second >= settings.margin()) {
                String method = best.matchedKind() == NameKind.PRIMARY ? "name" : "alias";
                doc.notePerson(best.subject(), tokens, span.start(), best.score(), country);
                return fromSubject(span, best.subject(), best.score(), method, doc.persons.get(best.subject().id()));
            }
        }
        PersonMention p = corefer(doc, tokens, span.start());
        if (p != null) {
            doc.notePerson(p.subject, tokens, span.start(), p.confidence, country);
            return fromSubject(span, p.subject, round(0.9 * p.confidence), "coreference", p);
        }
        return unknown(doc, span, name, schema, ownSpans);
    }

    private Resolution unknown(Document doc, MentionCandidate span, String name, String schema, boolean ownSpans) {
        boolean proper = !span.text().isBlank() && Character.isUpperCase(span.text().strip().codePointAt(0));
        // spans found here (not by the caller) are less certain: only several-word names become entities
        if (!doc.createUnknown || !proper || "DESCRIPTOR".equalsIgnoreCase(span.hint())
                || (ownSpans && normalizer.tokens(name).size() < 2)) {
            return Resolution.unresolved(span);
        }
        MatchSubject s = doc.directory.createUnknown(MentionFinder.stripPossessive(span.text().strip()),
                schema == null ? "LEGAL_ENTITY" : schema, doc.id);
        doc.notePerson(s, normalizer.tokens(name), span.start(), 0.5, null);
        return fromSubject(span, s, 0.5, "new", doc.persons.get(s.id()));
    }

    /** The latest earlier person whose names contain all these tokens. */
    private PersonMention corefer(Document doc, List<String> tokens, int before) {
        for (int k = doc.order.size() - 1; k >= 0; k--) {
            PersonMention p = doc.order.get(k);
            if (p.lastStart < before && p.tokens.containsAll(tokens)) return p;
        }
        return null;
    }

    private PersonMention personOfCountry(Document doc, String country, int before) {
        PersonMention latest = null;
        for (PersonMention p : doc.order) {
            if (p.countries.contains(country) && p.lastStart < before
                    && (latest == null || p.lastStart > latest.lastStart)) latest = p;
        }
        if (latest != null) return latest;
        return doc.order.stream().filter(p -> p.countries.contains(country))
                .max(Comparator.comparingInt(p -> p.count)).orElse(null);
    }

    /** A descriptor: [the] <country term> <role> [rest of the span]. */
    private record Descriptor(String country, String role, boolean stateRole, List<String> rest) {
    }

    private Descriptor descriptorOf(MentionCandidate span) {
        List<String> f = tokensOf(span.text());
        if (!f.isEmpty() && f.get(0).equals("the")) f = f.subList(1, f.size());
        for (int n = Math.min(f.size() - 1, 6); n >= 1; n--) {
            String head = String.join(" ", f.subList(0, n));
            Optional<ReferenceLexicon.Term> t = lexicon.term(head);
            if (t.isEmpty() && head.endsWith("s")) t = lexicon.term(head.substring(0, head.length() - 1)); // "Russia's"
            if (t.isEmpty()) continue;
            List<String> after = f.subList(n, f.size());
            int r = lexicon.rolePrefix(after);
            if (r == 0) {
                // "French Jean Dupont": a demonym in front of a name says where the person belongs
                boolean demonym = t.get().kind() == ReferenceLexicon.TermKind.DEMONYM;
                return demonym && after.size() >= 2 ? new Descriptor(t.get().code(), "", false, List.copyOf(after)) : null;
            }
            String role = String.join(" ", after.subList(0, r));
            return new Descriptor(t.get().code(), role, lexicon.isStateRole(role), List.copyOf(after.subList(r, after.size())));
        }
        return null;
    }

    private List<String> tokensOf(String s) {
        // possessive "’s" inside a descriptor ("Russia’s president") would fold into the word
        String cleaned = s.replaceAll("(?<=\\p{L})['’]s\\b", "");
        String f = normalizer.fold(cleaned);
        return f.isEmpty() ? List.of() : List.of(f.split(" "));
    }

    private static boolean adjacent(String text, MentionCandidate a, MentionCandidate b) {
        if (text == null || b.start() < a.end()) return false;
        String gap = text.substring(a.end(), Math.min(b.start(), text.length()));
        return gap.length() <= 3 && gap.isBlank();
    }

    private static String schemaOf(String hint) {
        if (hint == null || hint.isBlank()) return null;
        String h = hint.strip().toUpperCase(Locale.ROOT);
        if (h.equals("ORG")) return "ORGANIZATION";
        return SCHEMAS.contains(h) ? h : null;
    }

    private static Resolution fromSubject(MentionCandidate span, MatchSubject s, double confidence, String method,
                                          PersonMention p) {
        if (s == null) return Resolution.unresolved(span);
        List<String> countries = p == null ? s.countries() : List.copyOf(p.countries);
        return new Resolution(span, s.id(), s.caption(), s.schema(), round(confidence), method, countries);
    }

    private static double round(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }
}
