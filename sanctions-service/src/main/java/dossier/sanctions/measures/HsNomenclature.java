package dossier.sanctions.measures;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The Harmonized System nomenclature (classification/harmonized_system_hs.csv, PDDL): chapters (2
 * digits), headings (4) and subheadings (6) with their descriptions. Data files name headings by
 * code and are checked against it on load, so a typo in a heading fails at start-up.
 */
public final class HsNomenclature {
    public static final String RESOURCE = "classification/harmonized_system_hs.csv";
    private static volatile HsNomenclature standard;

    private final Map<String, String> descriptions;

    HsNomenclature(Map<String, String> descriptions) {
        this.descriptions = Map.copyOf(descriptions);
    }

    public static HsNomenclature standard() {
        HsNomenclature h = standard;
        if (h == null) {
            synchronized (HsNomenclature.class) {
                if (standard == null) {
                    standard = load();
                }
                h = standard;
            }
        }
        return h;
    }

    private static HsNomenclature load() {
        try (InputStream in = HsNomenclature.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " was not found on the classpath");
            }
            Map<String, String> out = new HashMap<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                out.put(rec.get("hscode"), rec.get("description"));
            }
            return new HsNomenclature(out);
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
    }

    public int size() {
        return descriptions.size();
    }

    public boolean exists(String code) {
        return descriptions.containsKey(code);
    }

    public Optional<String> description(String code) {
        return Optional.ofNullable(descriptions.get(code));
    }

    /** Throws with the context when a code or range ("86-89") names no chapter, heading or subheading. */
    public void require(String codeOrRange, String context) {
        for (String part : codeOrRange.split("-")) {
            if (!exists(part)) {
                throw new IllegalStateException(context + ": HS code '" + part + "' is not in the Harmonized System nomenclature");
            }
        }
    }

    /** Whether a heading falls under a code or a range of the same length ("8703" under "87", "86-89", "8703"). */
    public static boolean covers(String codeOrRange, String heading) {
        if (heading == null || heading.isEmpty()) {
            return false;
        }
        if (codeOrRange.contains("-")) {
            String[] r = codeOrRange.split("-");
            int len = r[0].length();
            if (heading.length() < len) {
                return false;
            }
            int v = Integer.parseInt(heading.substring(0, len));
            return v >= Integer.parseInt(r[0]) && v <= Integer.parseInt(r[1]);
        }
        return heading.startsWith(codeOrRange);
    }

    /** "8703 (Motor cars and other motor vehicles; principally designed ...)" for explanations. */
    public String label(String code) {
        String d = descriptions.getOrDefault(code, "");
        if (d.length() > 90) {
            d = d.substring(0, 87) + "...";
        }
        return d.isEmpty() ? code : code + " (" + d + ")";
    }
}
