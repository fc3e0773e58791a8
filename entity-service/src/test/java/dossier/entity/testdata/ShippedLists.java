package dossier.entity.testdata;

import dossier.entity.matching.MatchSubject;
import dossier.entity.matching.NameKind;
import dossier.entity.matching.SubjectName;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The names of both lists the project ships (sanctions-service/src/main/resources/lists), as the
 * import puts them into the matcher: OFAC sdn.csv primary names plus alt.csv aliases (weak / fka
 * kinds as OfacLegacyCsvParser assigns them), and every UN Consolidated List individual and entity
 * with its name in original script and its aliases (low quality = weak, f.k.a. = previous), like
 * UnConsolidatedListParser. entity-service cannot depend on sanctions-service (an application), so
 * this reads only the name fields those parsers read; birth dates and countries are left out
 * because retrieval and screening speed do not depend on them.
 */
public final class ShippedLists {

    private ShippedLists() {
    }

    /** Both lists; null when the list files are not found (run from the module or the repository root). */
    public static List<MatchSubject> all() {
        Path dir = Stream.of("../sanctions-service/src/main/resources/lists", "sanctions-service/src/main/resources/lists")
                .map(Path::of).filter(Files::isDirectory).findFirst().orElse(null);
        List<MatchSubject> ofac = OfacFixture.fullList();
        if (dir == null || ofac == null) return null;
        List<MatchSubject> out = withOfacAliases(ofac, dir.resolve("ofac_alt.csv"));
        out.addAll(un(dir.resolve("un_consolidated.xml")));
        return out;
    }

    private static List<MatchSubject> withOfacAliases(List<MatchSubject> sdn, Path alt) {
        Map<String, List<SubjectName>> aliases = new HashMap<>();
        try (Reader r = Files.newBufferedReader(alt, StandardCharsets.ISO_8859_1)) {
            for (CSVRecord row : CSVFormat.DEFAULT.parse(r)) {
                if (row.size() < 4 || row.get(3).isBlank()) continue;
                String kind = row.get(2).strip().toLowerCase(Locale.ROOT);
                String remarks = row.size() > 4 ? row.get(4).toLowerCase(Locale.ROOT) : "";
                NameKind nk = remarks.contains("weak") || kind.contains("weak") ? NameKind.WEAK_ALIAS
                        : "fka".equals(kind) ? NameKind.PREVIOUS : NameKind.ALIAS;
                aliases.computeIfAbsent("ofac-sdn:" + row.get(0).strip(), k -> new ArrayList<>())
                        .add(new SubjectName(row.get(3).strip(), nk));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<MatchSubject> out = new ArrayList<>(sdn.size());
        for (MatchSubject s : sdn) {
            List<SubjectName> names = new ArrayList<>(s.names());
            names.addAll(aliases.getOrDefault(s.id(), List.of()));
            out.add(new MatchSubject(s.id(), s.schema(), s.caption(), names, s.birthDates(), s.countries(), s.datasets()));
        }
        return out;
    }

    private static List<MatchSubject> un(Path xml) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        List<MatchSubject> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xml)) {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            Map<String, String> fields = new LinkedHashMap<>();
            List<SubjectName> aliases = new ArrayList<>();
            String record = null, alias = null, quality = "";
            StringBuilder text = new StringBuilder();
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    String n = r.getLocalName();
                    text.setLength(0);
                    if (record == null && (n.equals("INDIVIDUAL") || n.equals("ENTITY"))) {
                        record = n;
                        fields.clear();
                        aliases.clear();
                    } else if (n.endsWith("_ALIAS")) {
                        alias = "";
                        quality = "";
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                    text.append(r.getText());
                } else if (ev == XMLStreamConstants.END_ELEMENT && record != null) {
                    String n = r.getLocalName(), v = text.toString().replaceAll("\\s+", " ").strip();
                    text.setLength(0);
                    if (n.equals(record)) {
                        out.add(unSubject(record.equals("INDIVIDUAL"), fields, aliases));
                        record = null;
                    } else if (alias != null && n.equals("ALIAS_NAME")) {
                        alias = v;
                    } else if (alias != null && n.equals("QUALITY")) {
                        quality = v.toLowerCase(Locale.ROOT);
                    } else if (alias != null && n.endsWith("_ALIAS")) {
                        if (!alias.isEmpty()) aliases.add(new SubjectName(alias, switch (quality) {
                            case "low" -> NameKind.WEAK_ALIAS;
                            case "f.k.a." -> NameKind.PREVIOUS;
                            default -> NameKind.ALIAS;
                        }));
                        alias = null;
                    } else if (alias == null && !v.isEmpty()) {
                        fields.putIfAbsent(n, v);
                    }
                }
            }
            r.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("UN list is not well-formed: " + e.getMessage(), e);
        }
        return out;
    }

    private static MatchSubject unSubject(boolean person, Map<String, String> fields, List<SubjectName> aliases) {
        List<String> parts = new ArrayList<>();
        for (String f : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
            if (fields.containsKey(f)) parts.add(fields.get(f));
        }
        String primary = String.join(" ", parts);
        List<SubjectName> names = new ArrayList<>();
        names.add(new SubjectName(primary, NameKind.PRIMARY));
        if (fields.containsKey("NAME_ORIGINAL_SCRIPT")) names.add(new SubjectName(fields.get("NAME_ORIGINAL_SCRIPT"), NameKind.ALIAS));
        names.addAll(aliases);
        return new MatchSubject("un-sc:" + fields.getOrDefault("REFERENCE_NUMBER", primary), person ? "PERSON" : "ORGANIZATION",
                primary, names, List.of(), List.of(), Set.of("un-sc"));
    }
}
