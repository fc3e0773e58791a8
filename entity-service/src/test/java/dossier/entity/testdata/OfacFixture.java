package dossier.entity.testdata;

import dossier.entity.matching.MatchSubject;
import dossier.entity.matching.NameKind;
import dossier.entity.matching.SubjectName;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Real OFAC SDN rows (a subset of ofac_sdn_2024-05-03.csv: all KIMs, PAKs, RIs ... and the first 300 rows). */
public final class OfacFixture {

    private static final Pattern DOB = Pattern.compile("DOB (?:\\d{2} \\w{3} )?(\\d{4})");
    private static final Pattern NATIONALITY = Pattern.compile("nationality (Russia|Korea, North|Iran)");

    private OfacFixture() {
    }

    public static List<MatchSubject> subjects() {
        return parse(new InputStreamReader(OfacFixture.class.getResourceAsStream("/data/ofac_sdn_subset.csv"),
                StandardCharsets.US_ASCII));
    }

    /**
     * The whole SDN file: the copy the project ships (sanctions-service), seen from the module or
     * from the repository root; null when neither is there.
     */
    public static List<MatchSubject> fullList() {
        java.nio.file.Path p = java.util.stream.Stream.of("../sanctions-service/src/main/resources/lists/ofac_sdn.csv",
                        "sanctions-service/src/main/resources/lists/ofac_sdn.csv")
                .map(java.nio.file.Path::of).filter(java.nio.file.Files::exists).findFirst().orElse(null);
        if (p == null) return null;
        try {
            return parse(java.nio.file.Files.newBufferedReader(p, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<MatchSubject> parse(Reader reader) {
        try (Reader r = reader) {
            List<MatchSubject> out = new ArrayList<>();
            for (CSVRecord rec : CSVFormat.DEFAULT.parse(r)) {
                if (rec.size() < 12) continue;
                String type = rec.get(2).strip();
                String schema = switch (type) {
                    case "individual" -> "PERSON";
                    case "vessel" -> "VESSEL";
                    case "aircraft" -> "AIRCRAFT";
                    default -> "ORGANIZATION";
                };
                String remarks = rec.get(11);
                List<String> dobs = new ArrayList<>();
                Matcher m = DOB.matcher(remarks);
                while (m.find()) dobs.add(m.group(1));
                List<String> countries = new ArrayList<>();
                Matcher n = NATIONALITY.matcher(remarks);
                while (n.find()) countries.add(switch (n.group(1)) {
                    case "Russia" -> "ru";
                    case "Iran" -> "ir";
                    default -> "kp";
                });
                out.add(new MatchSubject("ofac-sdn:" + rec.get(0).strip(), schema, rec.get(1),
                        List.of(new SubjectName(rec.get(1), NameKind.PRIMARY)), dobs, countries, Set.of("ofac-sdn")));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
