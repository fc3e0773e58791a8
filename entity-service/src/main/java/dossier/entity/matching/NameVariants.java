package dossier.entity.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Name parts that stand for one another although they neither look nor sound alike: nicknames
 * ("ted" / "theodore", "bill" / "william") and spelling traditions of one name ("lee" / "yi" /
 * "rhee"). Read from data files of comma-separated lines: in a nickname file a line is a name
 * and its nicknames (each nickname is a variant of the name, not of the other nicknames: "bill" is
 * listed for both "william" and "robert", which must not become one name); in a spelling file a
 * line is a group of spellings that are all variants of each other.
 */
public final class NameVariants {

    private static final NameVariants DEFAULT =
            new NameVariants(Map.of("/matching/nicknames.csv", false, "/matching/name_variants.txt", true));

    private final Map<String, Set<String>> related = new HashMap<>();

    /** @param resources each file, and whether its lines are groups (true) or a name and its nicknames (false) */
    NameVariants(Map<String, Boolean> resources) {
        resources.forEach(this::load);
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

    private void link(String a, String b) {
        if (a.equals(b)) return;
        related.computeIfAbsent(a, k -> new HashSet<>()).add(b);
        related.computeIfAbsent(b, k -> new HashSet<>()).add(a);
    }

    private void load(String resource, boolean groups) {
        try (InputStream in = NameVariants.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) continue;
                List<String> parts = new ArrayList<>();
                for (String p : line.split(",")) {
                    // entries such as "k.c." are initials, not one part: skip them
                    String v = p.strip().toLowerCase(Locale.ROOT);
                    if (!v.isEmpty() && v.chars().allMatch(Character::isLetter)) parts.add(v);
                }
                for (int i = 0; i < parts.size(); i++) {
                    for (int j = i + 1; j < parts.size(); j++) {
                        if (groups || i == 0) link(parts.get(i), parts.get(j));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
