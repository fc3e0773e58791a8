package dossier.source.comparison;

import static dossier.source.domain.ModelNames.CARRIER;
import static dossier.source.domain.ModelNames.DELIVERED_TO;
import static dossier.source.domain.ModelNames.ROUTE;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dossier.source.domain.ClaimArgument;
import dossier.source.extraction.Lexicon;

/**
 * Decides whether two values of one slot can both be true: equal, or one refines the other
 * ("an X" &lt; "an X Y sedan", "$500,000" &lt; "more than $500,000", "two" = "a pair"), or not. Values read
 * as date intervals or amounts are compared as such; the text rules are for the others.
 */
public final class ValueCompatibility {

    private static final Pattern NUMBER = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s*(thousand|million|billion|k|m|bn)?");

    private static final Set<String> PLACES = Set.of(DELIVERED_TO, ROUTE, CARRIER);

    private final Lexicon lex;
    // one comparison asks about the same values again for every pair of a slot: parse each once
    // (an instance serves one comparison of one case, on one thread)
    private final Map<String, Set<String>> tokensOf = new HashMap<>();
    private final Map<String, Optional<Double>> numberOf = new HashMap<>();

    public ValueCompatibility(Lexicon lex) {
        this.lex = lex;
    }

    public boolean compatible(String role, ClaimArgument a, ClaimArgument b) {
        if (role.equals("intent")) {
            return !lex.contradictory(a.normalized(), b.normalized());
        }
        if (!a.entityId().isEmpty() && a.entityId().equals(b.entityId())) {
            return true;
        }
        if (a.interval() != null && b.interval() != null) {
            // "May 7, 2019" refines "early May 2019"; "June 2023" and "July 2023" share no day
            return a.interval().overlaps(b.interval());
        }
        if (a.amount() != null && b.amount() != null) {
            // "two" = "a pair"; "more than $300,000 each" admits "$300,000 each"; "twelve" != "14"; USD and CNY are not compared
            return a.amount().compatible(b.amount());
        }
        if (PLACES.contains(role) && !(namesHead(a) && namesHead(b))) {
            return true; // "to Mr. Lee's aides" and "to the country" can both hold; two named places cannot
        }
        Optional<Double> na = number(a);
        Optional<Double> nb = number(b);
        if (na.isPresent() && nb.isPresent() && Math.abs(na.get() - nb.get()) > 1e-9) {
            return false;
        }
        Set<String> namesA = new HashSet<>(a.names());
        Set<String> namesB = new HashSet<>(b.names());
        if (!namesA.isEmpty() && !namesB.isEmpty() && !namesA.containsAll(namesB) && !namesB.containsAll(namesA)) {
            return false;
        }
        Set<String> ta = tokens(a);
        Set<String> tb = tokens(b);
        if (ta.containsAll(tb) || tb.containsAll(ta)) {
            return true;
        }
        // a bare name ("the X") refines any description whose names do not contradict it
        if (!namesA.isEmpty() && namesA.containsAll(ta) || !namesB.isEmpty() && namesB.containsAll(tb)) {
            return true;
        }
        if (na.isPresent() && nb.isPresent()) {
            return true; // same amount, different wording
        }
        return head(a).map(lex::kindOf).equals(head(b).map(lex::kindOf)) && head(a).isPresent();
    }

    private static boolean namesHead(ClaimArgument a) {
        String[] words = a.value().toLowerCase(Locale.ROOT).split("\\s+");
        return !a.names().isEmpty() && a.names().contains(words[words.length - 1]);
    }

    /** How specific a value is: more content words and names refine fewer. */
    public int specificity(ClaimArgument a) {
        return tokens(a).size() + a.names().size();
    }

    Set<String> tokens(ClaimArgument a) {
        return tokensOf.computeIfAbsent(a.normalized().isEmpty() ? a.value() : a.normalized(), this::tokens);
    }

    private Set<String> tokens(String base) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : base.toLowerCase(Locale.ROOT).split("[\\s,;]+")) {
            if (!t.isEmpty() && !lex.stopwords().contains(t) && !lex.approximators().contains(t)) {
                out.add(t);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    private Optional<String> head(ClaimArgument a) {
        List<String> t = List.copyOf(tokens(a));
        for (int i = t.size() - 1; i >= 0; i--) {
            if (!t.get(i).matches("[\\d$.,]+")) {
                return Optional.of(t.get(i));
            }
        }
        return Optional.empty();
    }

    /** The amount a value states, from digits or number words ("a pair" is 2). */
    Optional<Double> number(ClaimArgument a) {
        return numberOf.computeIfAbsent(a.value(), this::number);
    }

    private Optional<Double> number(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        Matcher m = NUMBER.matcher(v);
        if (m.find()) {
            double n = Double.parseDouble(m.group(1).replace(",", ""));
            if (m.group(2) != null) {
                n *= lex.magnitudes().getOrDefault(m.group(2), 1L);
            }
            return Optional.of(n);
        }
        return Arrays.stream(v.split("[\\s-]+")).map(lex.numberWords()::get).filter(java.util.Objects::nonNull)
                .findFirst().map(Long::doubleValue);
    }
}
