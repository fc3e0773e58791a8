package dossier.entity.resolution;

import com.ibm.icu.util.ULocale;
import dossier.entity.matching.NameNormalizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Countries as news refer to them: ISO codes and English names (ICU) plus the names, demonyms,
 * capitals and seat-of-government metonyms of {@code reference/countries.csv}, and the role nouns
 * of {@code reference/role_nouns.txt}. Look-ups are on folded text (see {@link NameNormalizer#fold}).
 */
public final class ReferenceLexicon {

    /** How a term refers to its country. */
    public enum TermKind { NAME, DEMONYM, CAPITAL, METONYM }

    public record Term(String code, TermKind kind) {
    }

    public record Country(String code, String name, List<String> otherNames, List<String> demonyms,
                          List<String> capitals, List<String> metonyms) {
    }

    private final NameNormalizer normalizer;
    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<String, Term> terms = new HashMap<>();
    private final Set<String> personRoles = new HashSet<>();
    private final Set<String> stateRoles = new HashSet<>();
    private int longestTerm = 1;
    private int longestRole = 1;

    public ReferenceLexicon(NameNormalizer normalizer) {
        this.normalizer = normalizer;
        Map<String, String[]> extra = new HashMap<>();
        for (String line : lines("/reference/countries.csv")) {
            String[] cols = line.split("\\|", -1);
            extra.put(cols[0].strip().toLowerCase(Locale.ROOT), cols);
        }
        for (String cc : ULocale.getISOCountries()) {
            String name = new ULocale("", cc).getDisplayCountry(ULocale.ENGLISH);
            if (name == null || name.isBlank() || name.equalsIgnoreCase(cc)) continue; // no name: not a real country code
            String code = cc.toLowerCase(Locale.ROOT);
            String[] cols = extra.getOrDefault(code, new String[]{code});
            Country c = new Country(code, name, col(cols, 1), col(cols, 2), col(cols, 3), col(cols, 4));
            countries.put(code, c);
        }
        // names of the list first, then ICU names, so a name used by two countries keeps the curated one
        for (Country c : countries.values()) {
            for (String n : c.otherNames()) addTerm(n, c.code(), TermKind.NAME);
        }
        for (Country c : countries.values()) {
            addTerm(c.name(), c.code(), TermKind.NAME);
            for (String n : c.demonyms()) addTerm(n, c.code(), TermKind.DEMONYM);
            for (String n : c.capitals()) addTerm(n, c.code(), TermKind.CAPITAL);
            for (String n : c.metonyms()) addTerm(n, c.code(), TermKind.METONYM);
        }
        for (String line : lines("/reference/role_nouns.txt")) {
            boolean state = line.endsWith(":country");
            String role = normalizer.fold(state ? line.substring(0, line.length() - ":country".length()) : line);
            (state ? stateRoles : personRoles).add(role);
            longestRole = Math.max(longestRole, role.split(" ").length);
        }
    }

    public NameNormalizer normalizer() {
        return normalizer;
    }

    public List<Country> countries() {
        return List.copyOf(countries.values());
    }

    public Optional<Country> country(String code) {
        return Optional.ofNullable(code == null ? null : countries.get(code.toLowerCase(Locale.ROOT)));
    }

    /** The country a whole text refers to ("the White House", "PRC", "Tehran"), if any. */
    public Optional<Term> term(String text) {
        String f = normalizer.fold(text);
        Term t = terms.get(f);
        if (t == null && f.startsWith("the ")) t = terms.get(f.substring(4));
        return Optional.ofNullable(t);
    }

    /** ISO code for "ru", "RU", "Russia" or "Russian"; empty when unknown. */
    public Optional<String> countryCode(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        String s = text.strip();
        if (s.length() == 2 && countries.containsKey(s.toLowerCase(Locale.ROOT))) {
            return Optional.of(s.toLowerCase(Locale.ROOT));
        }
        return term(s).filter(t -> t.kind() == TermKind.NAME || t.kind() == TermKind.DEMONYM).map(Term::code);
    }

    /** Longest country term at the start of the folded tokens: [token count, term]. */
    public Optional<Map.Entry<Integer, Term>> termPrefix(List<String> folded) {
        for (int n = Math.min(longestTerm, folded.size()); n >= 1; n--) {
            Term t = terms.get(String.join(" ", folded.subList(0, n)));
            if (t != null) return Optional.of(Map.entry(n, t));
        }
        return Optional.empty();
    }

    /** Length in tokens of the longest role noun at the start of the folded tokens, 0 when none. */
    public int rolePrefix(List<String> folded) {
        for (int n = Math.min(longestRole, folded.size()); n >= 1; n--) {
            String r = String.join(" ", folded.subList(0, n));
            if (personRoles.contains(r) || stateRoles.contains(r)) return n;
        }
        return 0;
    }

    public boolean isStateRole(String foldedRole) {
        return stateRoles.contains(foldedRole);
    }

    private void addTerm(String text, String code, TermKind kind) {
        String f = normalizer.fold(text);
        if (f.isEmpty()) return;
        terms.putIfAbsent(f, new Term(code, kind));
        longestTerm = Math.max(longestTerm, f.split(" ").length);
    }

    private static List<String> col(String[] cols, int i) {
        if (cols.length <= i || cols[i].isBlank()) return List.of();
        return Arrays.stream(cols[i].split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> lines(String resource) {
        try (InputStream in = ReferenceLexicon.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) out.add(line.strip());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
