package dossier.entity.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Name parts that stand for one another although they neither look nor sound alike: nicknames
 * ("ted" / "theodore", "bill" / "william") and spelling traditions of one name ("lee" / "yi" /
 * "rhee"). Read from data files where each line is a group of comma-separated variants; two parts
 * are variants when some line lists both (one hop, not transitive, so "bill" is not "fred").
 */
public final class NameVariants {

    private static final NameVariants DEFAULT =
            new NameVariants(List.of("/matching/nicknames.csv", "/matching/name_variants.txt"));

    private final Map<String, Set<String>> related = new HashMap<>();

    NameVariants(List<String> resources) {
        for (String r : resources) load(r);
    }

    public static NameVariants standard() {
        return DEFAULT;
    }

    /** True when the two (folded) parts are listed together as variants of one name. */
    public boolean related(String a, String b) {
        Set<String> s = related.get(a);
        return s != null && s.contains(b);
    }

    /** The listed variants of a (folded) part, without the part itself. */
    public Set<String> variantsOf(String part) {
        return related.getOrDefault(part, Set.of());
    }

    private void load(String resource) {
        try (InputStream in = NameVariants.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                Set<String> group = new HashSet<>();
                for (String p : line.split(",")) {
                    // entries such as "k.c." are initials, not one part: skip them
                    String v = p.strip().toLowerCase(java.util.Locale.ROOT);
                    if (!v.isEmpty() && v.chars().allMatch(Character::isLetter)) group.add(v);
                }
                for (String v : group) {
                    Set<String> s = related.computeIfAbsent(v, k -> new HashSet<>());
                    s.addAll(group);
                    s.remove(v);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
