package dossier.entity.matching;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.ArrayList;
import java.util.List;
import java.util.EnumMap;
import java.util.Map;

/**
 * Compares two tokenised names independent of part order: every query token is aligned with at
 * most one candidate token (best pairs first), tokens compared by Jaro-Winkler, edit distance and
 * Double Metaphone. Unaligned query parts cost more than unaligned candidate parts, because a
 * list entry usually carries more parts (patronymics, middle names) than a name in the news.
 */
public final class NameScorer {

    /** Pairs below this similarity are treated as different parts, not as a weak match. */
    static final double MIN_PAIR = 0.75;
    /** Cost of a candidate part the query does not mention, when all query parts were found. */
    static final double EXTRA_CANDIDATE_WEIGHT = 0.1;
    /**
     * ... and when the query also has unmatched parts: then the two are rather conflicting parts
     * ("Ali Hussein al-Rawi" / "Ali Hussein al-Tikriti"), the strongest sign of two people.
     */
    static final double CONFLICTING_CANDIDATE_WEIGHT = 2.0;
    /** Extra parts of an organisation's name, when all query parts were found. */
    static final double EXTRA_ORGANISATION_WEIGHT = 0.2;
    /** Short parts ("un", "il") still carry a name's identity: weigh them as if this long. */
    static final int MIN_TOKEN_WEIGHT = 4;
    /** Edits from which two parts are different names, however long they are. */
    static final int MIN_OTHER_NAME_EDITS = 3;
    /** Parts at least this long that differ by fewer edits are at least a weak match (a typo). */
    static final int MIN_TYPO_LENGTH = 6;
    /** Share of its weight that a generic word of an organisation's name keeps when aligned. */
    static final double GENERIC_WORD_FACTOR = 0.4;
    /** Weight of a particle ("al", "bin", "van", "and"). */
    static final double PARTICLE_WEIGHT = 2;

    private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
    /** Counts edits only up to the point where parts are other names: cheaper than the full distance. */
    private static final LevenshteinDistance LEV = new LevenshteinDistance(MIN_OTHER_NAME_EDITS - 1);
    /** Spelling similarity from which a run of parts is taken for one compound part of the other side. */
    private static final double COMPOUND_SIMILARITY = 0.92;

    /** Which comparison accepted an aligned pair of name parts. */
    public enum PairKind {
        SPELLING, PHONETIC, VARIANT, ROMANISATION, CONSONANTS
    }

    /** Similarity of nicknames and listed spellings of one name ("ted" / "theodore"). */
    static final double VARIANT_SIMILARITY = 0.9;
    /** Similarity of two romanisations of one Korean syllable ("jeong" / "chong") or Mandarin syllables ("hsi" / "xi"). */
    static final double ROMANISATION_SIMILARITY = 0.9;
    /** Similarity of a vowel-less transliteration (Arabic, Hebrew, Thai) and a vowelled spelling. */
    static final double CONSONANT_SIMILARITY = 0.85;

    private final NameVariants variants;

    public NameScorer() {
        this(NameVariants.standard());
    }

    public NameScorer(NameVariants variants) {
        this.variants = variants;
    }

    public NameComparison compare(List<String> query, List<String> candidate) {
        return compare(query, candidate, true);
    }

    /**
     * @param person for people an extra candidate part is usually a middle name or patronymic; for
     *               organisations it usually names another body ("Banco Santander Chile"), so it costs more
     */
    public NameComparison compare(List<String> query, List<String> candidate, boolean person) {
        return compareParts(NamePart.of(query), NamePart.of(candidate), person);
    }

    /** As {@link #compare(List, List, boolean)}, on parts whose features are kept (the index's, a query's). */
    public NameComparison compareParts(List<NamePart> query, List<NamePart> candidate, boolean person) {
        List<NamePart> q = person ? new ArrayList<>(query) : joinInitials(query);
        List<NamePart> c = person ? new ArrayList<>(candidate) : joinInitials(candidate);
        if (!person) {
            // "U.S." / "United States", "PLA" / "People's Liberation Army"
            mergeAcronyms(q, c);
            mergeAcronyms(c, q);
        }
        // "jongun" vs "jong un", "abdulrahman" vs "abdul rahman": join adjacent parts of one side
        mergeCompounds(q, c);
        mergeCompounds(c, q);

        int n = q.size(), m = c.size();
        double[][] sim = new double[n][m];
        PairKind[][] kind = new PairKind[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                pairSimilarity(q.get(i), c.get(j), sim[i], kind[i], j);
            }
        }
        boolean[] qUsed = new boolean[n], cUsed = new boolean[m];
        int[] alignedTo = new int[n];
        java.util.Arrays.fill(alignedTo, -1);
        List<NameComparison.Aligned> pairs = new ArrayList<>(Math.min(n, m));
        double num = 0, den = 0;
        Map<PairKind, Integer> matchedBy = new EnumMap<>(PairKind.class);
        boolean distinctiveAligned = person;
        // greedy best-first alignment: names have few parts, so this equals the optimum in practice
        while (true) {
            int bi = -1, bj = -1;
            double best = MIN_PAIR;
            for (int i = 0; i < n; i++) {
                if (qUsed[i]) continue;
                for (int j = 0; j < m; j++) {
                    if (!cUsed[j] && sim[i][j] >= best) {
                        if (sim[i][j] > best || bi < 0) {
                            best = sim[i][j];
                            bi = i;
                            bj = j;
                        }
                    }
                }
            }
            if (bi < 0) break;
            qUsed[bi] = true;
            cUsed[bj] = true;
            alignedTo[bi] = bj;
            String qt = q.get(bi).text(), ct = c.get(bj).text();
            distinctiveAligned |= !GENERIC_ORGANISATION_WORDS.contains(qt);
            double w = alignedWeight(qt, person) + alignedWeight(ct, person);
            // squared: a near-miss part ("marquez"/"marcos") must cost more than its raw similarity says
            num += best * best * w;
            den += w;
            if (kind[bi][bj] != PairKind.SPELLING) matchedBy.merge(kind[bi][bj], 1, Integer::sum);
            pairs.add(new NameComparison.Aligned(qt, ct, best));
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!qUsed[i]) {
                String t = q.get(i).text();
                missing.add(t);
                den += 2 * weight(t) * (isNumber(t) ? 1.5 : 1.0);
            }
        }
        List<String> extra = new ArrayList<>();
        // an organisation agreeing only in generic words ("Logistics Services") with a longer name
        // has the longer name's distinctive words against it, as if they conflicted
        double extraWeight = !missing.isEmpty() || !distinctiveAligned ? CONFLICTING_CANDIDATE_WEIGHT
                : person ? EXTRA_CANDIDATE_WEIGHT : EXTRA_ORGANISATION_WEIGHT;
        for (int j = 0; j < m; j++) {
            if (!cUsed[j]) {
                String t = c.get(j).text();
                extra.add(t);
                // a number ("23", "ii") tells two vessels or companies apart: never a light difference
                den += 2 * weight(t) * (isNumber(t) ? 1.5 : extraWeight);
            }
        }
        double score = den == 0 ? 0 : num / den;
        // in patronymic chains ("Salman bin Muhammad") order is identity: father and son swapped are two people
        if (swappedAroundConnector(q, alignedTo)) score *= 0.6;
        return new NameComparison(score, pairs, matchedBy, missing, extra);
    }

    /** The best of the comparisons of two name parts, and which one gave it. */
    private void pairSimilarity(NamePart a, NamePart b, double[] sim, PairKind[] kind, int j) {
        double best = spellingSimilarity(a, b);
        PairKind k = PairKind.SPELLING;
        if (best < 1.0) {
            double p = phoneticSimilarity(a, b);
            if (p > best) {
                best = p;
                k = PairKind.PHONETIC;
            }
            if (VARIANT_SIMILARITY > best && variants.related(a.text(), b.text())) {
                best = VARIANT_SIMILARITY;
                k = PairKind.VARIANT;
            }
            if (ROMANISATION_SIMILARITY > best && (sameKoreanSyllable(a, b) || sameMandarin(a, b))) {
                best = ROMANISATION_SIMILARITY;
                k = PairKind.ROMANISATION;
            }
            if (CONSONANT_SIMILARITY > best && sameConsonants(a, b)) {
                best = CONSONANT_SIMILARITY;
                k = PairKind.CONSONANTS;
            }
        }
        sim[j] = best;
        kind[j] = k;
    }

    private static boolean sameKoreanSyllable(NamePart a, NamePart b) {
        String ka = a.korean();
        return ka != null && ka.equals(b.korean());
    }

    /** {@link ChineseRomanisation#same}, on the parts' kept keys. */
    private static boolean sameMandarin(NamePart a, NamePart b) {
        // b's key first: a may be a compound put together for this comparison, its key not yet computed
        String kb = b.mandarin();
        return kb != null && a.mandarinInitial().equals(b.mandarinInitial()) && kb.equals(a.mandarin());
    }

    /**
     * Abjad scripts write few vowels, so their transliteration is mostly consonants ("mhmd",
     * "khald"): such a part matches a vowelled spelling with the same consonants ("mohamed",
     * "khaled"). Only a part with at most one vowel counts as vowel-less, so that two vowelled
     * spellings ("hassan" / "hussein") are not made equal.
     */
    static boolean sameConsonants(NamePart a, NamePart b) {
        int va = a.vowels(), vb = b.vowels();
        NamePart sparse = va <= vb ? a : b, full = va <= vb ? b : a;
        if (sparse.vowels() > 1 || full.vowels() <= sparse.vowels() || sparse.length() < 2) return false;
        String ks = sparse.skeleton();
        // a single consonant is enough only for a part with no vowel at all ("ly" / "ali", "dwd" / "david")
        return (ks.length() >= 2 || (ks.length() == 1 && sparse.vowels() == 0)) && ks.equals(full.skeleton());
    }

    static int vowels(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) if ("aeiou".indexOf(t.charAt(i)) >= 0) n++;
        return n;
    }

    /** Consonants only, doubled letters once; w, y and v also go, as they write long vowels in abjads. */
    static String skeleton(String t) {
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if ("aeiouywv".indexOf(ch) >= 0) continue;
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) == ch) continue;
            sb.append(ch);
        }
        return sb.toString();
    }

    /** In organisation names a run of single letters is one acronym: "A.B.C." is "abc", not three initials. */
    private static List<NamePart> joinInitials(List<NamePart> tokens) {
        List<NamePart> out = new ArrayList<>(tokens.size());
        StringBuilder run = new StringBuilder();
        for (NamePart t : tokens) {
            if (t.length() == 1 && Character.isLetter(t.charAt(0))) {
                run.append(t.text());
                continue;
            }
            if (!run.isEmpty()) {
                out.add(new NamePart(run.toString()));
                run.setLength(0);
            }
            out.add(t);
        }
        if (!run.isEmpty()) out.add(new NamePart(run.toString()));
        return out;
    }

    private static final java.util.Set<String> FILIATION = java.util.Set.of("bin", "ibn", "ben", "bint", "binti", "ould", "walad");

    private static boolean swappedAroundConnector(List<NamePart> q, int[] alignedTo) {
        for (int i = 1; i + 1 < q.size(); i++) {
            if (!FILIATION.contains(q.get(i).text())) continue;
            int before = alignedTo[i - 1], after = alignedTo[i + 1];
            if (before >= 0 && after >= 0 && before > after) return true;
        }
        return false;
    }

    private static final java.util.Set<String> ROMAN = java.util.Set.of("ii", "iii", "iv", "vi", "vii", "viii", "ix"); // single letters are initials

    private static boolean isNumber(String t) {
        return Character.isDigit(t.charAt(0)) || ROMAN.contains(t);
    }

    private static final java.util.Set<String> PARTICLES = NameNormalizer.loadPhrases("/matching/particles.txt").stream()
            .map(p -> String.join(" ", p)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final java.util.Set<String> GENERIC_ORGANISATION_WORDS =
            NameNormalizer.loadPhrases("/matching/generic_org_words.txt").stream()
                    .map(p -> p[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** "al", "bin", "van": shared by countless unrelated names, they say little about identity. */
    static boolean isParticle(String token) {
        return PARTICLES.contains(token);
    }

    private static double weight(String token) {
        if (isParticle(token)) return PARTICLE_WEIGHT;
        return Math.max(token.length(), MIN_TOKEN_WEIGHT);
    }

    /**
     * Agreeing on "trading", "group" or "bank" says little about an organisation: such words weigh
     * less when aligned. Left unaligned they weigh in full, as an extra word, however common, still
     * names another body ("Alfa Bank" / "Alfa Capital Bank").
     */
    private static double alignedWeight(String token, boolean person) {
        double w = weight(token);
        return !person && GENERIC_ORGANISATION_WORDS.contains(token) ? w * GENERIC_WORD_FACTOR : w;
    }

    static double spellingSimilarity(String a, String b) {
        return spellingSimilarity(new NamePart(a), new NamePart(b));
    }

    /**
     * Spelling similarity in [0,1]: a weighted mean of Jaro-Winkler and normalised edit distance.
     * Exact from {@link #MIN_PAIR} up, the only range the alignment uses; below it, parts three or
     * more edits apart get just some value below it, which spares computing both distances in
     * full for the many pairs of different parts.
     */
    static double spellingSimilarity(NamePart a, NamePart b) {
        String ta = a.text(), tb = b.text();
        if (ta.equals(tb)) return 1.0;
        boolean aDigit = Character.isDigit(ta.charAt(0)), bDigit = Character.isDigit(tb.charAt(0));
        if (aDigit || bDigit) return 0.0; // numbers in names (vessels, units) must match exactly
        if (ta.length() == 1 || tb.length() == 1) {
            return ta.charAt(0) == tb.charAt(0) ? 0.75 : 0.0; // an initial
        }
        int longer = Math.max(ta.length(), tb.length());
        // what counts is how many letters differ, not what share of them: a typo or a spelling
        // variant changes one or two letters however long the name, while three or more are
        // another name that shares a stem or an ending ("montenegro" / "monteiro")
        int edits = Math.abs(ta.length() - tb.length()) >= MIN_OTHER_NAME_EDITS ? -1 : LEV.apply(ta, tb);
        double s;
        if (edits < 0) {
            s = MIN_PAIR - 0.01;
        } else {
            double edit = 1.0 - (double) edits / longer;
            // edit distance weighs more than Jaro-Winkler, whose bonus for a shared beginning lets
            // different surnames of one stem pass ("lukashevich" / "lukashenko")
            s = 0.4 * JW.apply(ta, tb) + 0.6 * edit;
            // ... but a typo seldom hits the first letter, which is why sound codes keep it too
            if (longer >= MIN_TYPO_LENGTH && ta.charAt(0) == tb.charAt(0)) s = Math.max(s, MIN_PAIR);
        }
        // same consonants, other vowels: a transliteration variant ("un"/"uun", "jong"/"jung")
        String ca = a.consonants();
        if (!ca.isEmpty() && ta.charAt(0) == tb.charAt(0) && ca.equals(b.consonants())) s = Math.max(s, 0.8);
        return s;
    }

    static String consonants(String t) {
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ("aeiouy".indexOf(c) < 0) sb.append(c);
        }
        return sb.toString();
    }

    /** Same sound and same first letter: "dmitry" / "dmitriy", "mohammed" / "muhammad". */
    static double phoneticSimilarity(NamePart a, NamePart b) {
        if (a.length() < 3 || b.length() < 3 || a.charAt(0) != b.charAt(0)) return 0.0;
        List<String> ka = a.phonetic();
        for (String k : b.phonetic()) {
            if (ka.contains(k)) return 0.88;
        }
        return 0.0;
    }

    /** Replaces a run of parts of one side by the acronym of their initials that the other side uses. */
    private static void mergeAcronyms(List<NamePart> side, List<NamePart> other) {
        for (NamePart acronym : other) {
            int len = acronym.length();
            if (len < 2 || len > 6 || len > side.size() || side.contains(acronym) || !acronym.text().chars().allMatch(Character::isLetter)) continue;
            for (int i = 0; i + len <= side.size(); i++) {
                boolean spells = true;
                for (int k = 0; k < len && spells; k++) {
                    spells = side.get(i + k).charAt(0) == acronym.charAt(k) && side.get(i + k).length() > 1;
                }
                if (spells) {
                    side.set(i, acronym);
                    side.subList(i + 1, i + len).clear();
                    break;
                }
            }
        }
    }

    private static void mergeCompounds(List<NamePart> side, List<NamePart> other) {
        for (int span = 3; span >= 2; span--) {
            for (int i = 0; i + span <= side.size(); i++) {
                List<NamePart> parts = side.subList(i, i + span);
                if (!mayBeCompound(parts, other)) continue;
                NamePart joined = null;
                for (NamePart o : other) {
                    if (o.length() < 4 || !mayEqual(parts, o)) continue;
                    if (joined == null) joined = new NamePart(join(parts));
                    if (spellingSimilarity(joined, o) >= COMPOUND_SIMILARITY || sameConsonants(joined, o) || sameMandarin(joined, o)) {
                        side.set(i, joined);
                        side.subList(i + 1, i + span).clear();
                        break;
                    }
                }
            }
        }
    }

    /** An initial or a part the other side has as it is ("o friedrich" / "friedrich") is no compound. */
    private static boolean mayBeCompound(List<NamePart> parts, List<NamePart> other) {
        for (NamePart p : parts) {
            if (p.length() < 2 || other.contains(p)) return false;
        }
        return true;
    }

    /**
     * False when the parts joined cannot pass any test of {@link #mergeCompounds} with {@code o}:
     * their length is too far from its length for the spelling, their vowels rule out the
     * consonants test, their first initial rules out the Mandarin key. Spares joining the parts
     * of every run of every candidate.
     */
    private static boolean mayEqual(List<NamePart> parts, NamePart o) {
        int length = 0, vowels = 0;
        for (NamePart p : parts) {
            length += p.length();
            vowels += p.vowels();
        }
        if (Math.abs(length - o.length()) < MIN_OTHER_NAME_EDITS) return true;
        if (Math.min(vowels, o.vowels()) <= 1 && vowels != o.vowels()) return true;
        return o.mandarin() != null && parts.get(0).mandarinInitial().equals(o.mandarinInitial());
    }

    private static String join(List<NamePart> parts) {
        StringBuilder sb = new StringBuilder();
        for (NamePart p : parts) sb.append(p.text());
        return sb.toString();
    }
}
