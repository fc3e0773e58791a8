package dossier.entity.bench;

import dossier.entity.matching.MatchSubject;
import dossier.entity.matching.SubjectName;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Screening queries drawn from an index's own names, in four equal parts: a name as listed, the
 * same with two neighbouring letters swapped (a typo), "Last, First" turned into "First Last", and
 * a name on no list. Deterministic for a seed.
 */
public final class QueryMix {

    private QueryMix() {
    }

    static List<String> of(List<MatchSubject> subjects, int count, long seed) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            List<SubjectName> names = subjects.get(random.nextInt(subjects.size())).names();
            String name = names.get(random.nextInt(names.size())).value();
            out.add(switch (i % 4) {
                case 0 -> name;
                case 1 -> typo(name, random);
                case 2 -> reorder(name);
                default -> "Zorvan " + (char) ('A' + random.nextInt(26)) + "elmiro Quistad" + i % 97;
            });
        }
        return out;
    }

    /** Two neighbouring letters swapped somewhere after the first letter. */
    public static String typo(String name, Random random) {
        if (name.length() < 4) return name;
        int i = 1 + random.nextInt(name.length() - 2);
        return name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2);
    }

    public static String reorder(String name) {
        int comma = name.indexOf(", ");
        return comma < 0 ? name : name.substring(comma + 2) + " " + name.substring(0, comma);
    }
}
