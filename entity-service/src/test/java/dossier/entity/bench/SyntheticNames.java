package dossier.entity.bench;

import com.ibm.icu.text.Transliterator;
import dossier.entity.matching.MatchSubject;
import dossier.entity.matching.NameKind;
import dossier.entity.matching.SubjectName;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Deterministic generator of realistic list-like entities for scale benchmarks, from the name parts
 * of {@code src/test/resources/bench/name_parts.txt} (nine cultures in Latin, Cyrillic, Han and
 * Hangul script, plus organisations). About 70% persons ("given [middle] family" in the culture's
 * order; about a quarter of family names made up from syllables, giving the long tail of rare
 * names real lists have) and 30% organisations ("stem [stem] industry [industry] [legal form]").
 * Frequent parts are picked more often. Each entity has 0-3 aliases: another spelling variant
 * ("Mohammed"/"Muhammad"), the "Family, Given" order of the lists, the original script, a shorter
 * weak alias, another legal form. The same seed gives the same entities. Print a sample with
 *
 *   ./mvnw -B -q -pl entity-service exec:java@name-generator -Dexec.args="20 42"
 */
public final class SyntheticNames {

    private static final Set<String> ORIGINAL_SCRIPT = Set.of("ru", "zh", "ko");

    private record Slot(String name, boolean optional) {
    }

    private final Map<String, Map<String, List<String[]>>> parts = new LinkedHashMap<>();
    private final List<String> cultures;
    private final Map<String, String> latin = new HashMap<>();
    private final Transliterator toLatin = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private final Random random;
    private int nextId;

    public SyntheticNames(long seed) {
        this.random = new Random(seed);
        load();
        cultures = parts.keySet().stream().filter(c -> !c.equals("org")).toList();
    }

    /** Entities with {@code nameCount} names in all (aliases included). */
    public List<MatchSubject> generate(int nameCount) {
        List<MatchSubject> out = new ArrayList<>();
        int names = 0;
        while (names < nameCount) {
            MatchSubject s = random.nextInt(10) < 7 ? person() : organisation();
            if (names + s.names().size() > nameCount) {
                s = new MatchSubject(s.id(), s.schema(), s.caption(), s.names().subList(0, nameCount - names),
                        List.of(), List.of(), s.datasets());
            }
            names += s.names().size();
            out.add(s);
        }
        return out;
    }

    private MatchSubject person() {
        String culture = cultures.get(random.nextInt(cultures.size()));
        Map<String, List<String[]>> c = parts.get(culture);
        List<String[]> chosen = new ArrayList<>();
        List<String> slotNames = new ArrayList<>();
        for (String[] order : c.get("order")) {
            for (String o : order) {
                Slot slot = new Slot(o.replace("?", ""), o.endsWith("?"));
                if (slot.optional() && random.nextBoolean()) continue;
                chosen.add(slot.name().equals("family") && c.containsKey("syllable") && random.nextInt(4) == 0
                        ? new String[]{madeUp(c)} : pick(c.get(slot.name())));
                slotNames.add(slot.name());
            }
        }
        List<String> primaryParts = chosen.stream().map(v -> v[0]).toList();
        String primary = romanised(primaryParts);
        List<SubjectName> names = new ArrayList<>();
        names.add(new SubjectName(primary, NameKind.PRIMARY));
        int aliases = random.nextInt(4);
        for (int a = 0; a < aliases; a++) {
            switch (random.nextInt(4)) {
                case 0 -> { // another spelling of the variant parts
                    String other = romanised(chosen.stream().map(v -> v[random.nextInt(v.length)]).toList());
                    if (!other.equals(primary)) names.add(new SubjectName(other, NameKind.ALIAS));
                }
                case 1 -> { // "FAMILY, Given Middle" as OFAC writes it
                    int f = slotNames.lastIndexOf("family");
                    if (f > 0) {
                        List<String> rest = new ArrayList<>(primaryParts);
                        String family = rest.remove(f);
                        names.add(new SubjectName(romanised(List.of(family)).toUpperCase(Locale.ROOT) + ", " + romanised(rest), NameKind.ALIAS));
                    }
                }
                case 2 -> {
                    if (ORIGINAL_SCRIPT.contains(culture)) {
                        names.add(new SubjectName(String.join(culture.equals("ru") ? " " : "", primaryParts), NameKind.ALIAS));
                    }
                }
                default -> { // first and last part only: a weak alias
                    if (primaryParts.size() > 2) {
                        names.add(new SubjectName(romanised(List.of(primaryParts.get(0), primaryParts.get(primaryParts.size() - 1))),
                                NameKind.WEAK_ALIAS));
                    }
                }
            }
        }
        return subject("PERSON", names);
    }

    private MatchSubject organisation() {
        Map<String, List<String[]>> c = parts.get("org");
        List<String> stem = new ArrayList<>();
        stem.add(random.nextBoolean() ? madeUp(c) : pick(c.get("stem"))[0]);
        if (random.nextInt(10) < 3) stem.add(pick(c.get("stem"))[0]);
        stem.add(pick(c.get("industry"))[0]);
        if (random.nextInt(10) < 3) stem.add(pick(c.get("industry"))[0]);
        String base = String.join(" ", stem);
        List<SubjectName> names = new ArrayList<>();
        names.add(new SubjectName(random.nextInt(10) < 7 ? base + " " + pick(c.get("legal"))[0] : base, NameKind.PRIMARY));
        int aliases = random.nextInt(3);
        for (int a = 0; a < aliases; a++) {
            if (random.nextBoolean()) {
                names.add(new SubjectName(base + " " + pick(c.get("legal"))[0], NameKind.ALIAS));
            } else {
                StringBuilder acronym = new StringBuilder();
                stem.forEach(w -> acronym.append(w.charAt(0)));
                names.add(new SubjectName(acronym.toString(), NameKind.WEAK_ALIAS));
            }
        }
        return subject("COMPANY", names);
    }

    private MatchSubject subject(String schema, List<SubjectName> names) {
        return new MatchSubject("syn:" + nextId++, schema, names.get(0).value(), names, List.of(), List.of(), Set.of("synthetic"));
    }

    /** Frequent parts first in the file: u^2 makes low indexes likelier, like real name frequencies. */
    private String[] pick(List<String[]> values) {
        double u = random.nextDouble();
        return values.get((int) (u * u * values.size()));
    }

    private String madeUp(Map<String, List<String[]>> c) {
        List<String[]> syllables = c.get("syllable");
        StringBuilder sb = new StringBuilder();
        int n = 2 + random.nextInt(2);
        for (int i = 0; i < n; i++) sb.append(syllables.get(random.nextInt(syllables.size()))[0]);
        if (c.containsKey("suffix")) sb.append(c.get("suffix").get(random.nextInt(c.get("suffix").size()))[0]);
        return sb.substring(0, 1).toUpperCase(Locale.ROOT) + sb.substring(1);
    }

    /** Latin form of name parts, each word capitalised ("王 秀英" -> "Wang Xiu Ying"). */
    private String romanised(List<String> names) {
        List<String> out = new ArrayList<>();
        for (String n : names) out.add(latin.computeIfAbsent(n, this::toLatinWords));
        return String.join(" ", out);
    }

    private String toLatinWords(String part) {
        String ascii = toLatin.transliterate(part).replace("'", "");
        List<String> words = new ArrayList<>();
        for (String w : ascii.split("\\s+")) {
            if (!w.isEmpty()) words.add(w.startsWith("al-") ? w : w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1));
        }
        return String.join(" ", words);
    }

    private void load() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                SyntheticNames.class.getResourceAsStream("/bench/name_parts.txt"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.strip().split("\\s+");
                List<String[]> values = new ArrayList<>();
                if (f[1].equals("order")) {
                    values.add(java.util.Arrays.copyOfRange(f, 2, f.length));
                } else {
                    for (int i = 2; i < f.length; i++) values.add(f[i].split("/"));
                }
                parts.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], values);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints {@code count} generated entities (default 20, seed 42), one name per line: id, schema, kind, name. */
    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        for (MatchSubject s : new SyntheticNames(seed).generate(count)) {
            for (SubjectName n : s.names()) System.out.println(s.id() + "\t" + s.schema() + "\t" + n.kind() + "\t" + n.value());
        }
    }
}
