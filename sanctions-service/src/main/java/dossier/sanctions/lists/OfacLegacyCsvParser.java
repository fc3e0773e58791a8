package dossier.sanctions.lists;

import dossier.entity.v1.Entity;
import dossier.entity.v1.Identifier;
import dossier.entity.v1.Name;
import dossier.entity.v1.NameKind;
import dossier.entity.v1.Schema;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads OFAC's legacy CSV trio: sdn.csv (required), add.csv and alt.csv (optional). No header,
 * "-0-" as null, CRLF, a trailing 0x1A. Addresses and aliases whose ent_num is not in sdn.csv are
 * tolerated (the files are published separately) and counted in a warning.
 */
public final class OfacLegacyCsvParser {
    public static final String DATASET = "ofac-sdn";
    public static final String LIST_NAME = "OFAC SDN";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true).get();
    private static final Pattern DOB = Pattern.compile(
            "\\bDOB (?:circa )?((?:\\d{1,2} )?(?:[A-Z][a-z]{2} )?\\d{4})(?: to ((?:\\d{1,2} )?(?:[A-Z][a-z]{2} )?\\d{4}))?");
    private static final Pattern NATIONALITY = Pattern.compile("\\b(?:nationality|citizen) ([A-Z][^;.]*)");
    private static final Pattern LISTED_ON = Pattern.compile("\\bListing Date:? (\\d{1,2} [A-Z][a-z]{2} \\d{4})");
    private static final List<String> MONTHS = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

    public ParsedList parse(byte[] sdn, byte[] add, byte[] alt) {
        if (sdn == null || sdn.length == 0) {
            throw new MalformedListException("OFAC list: sdn.csv is required and was empty");
        }
        List<String> warnings = new ArrayList<>();
        Map<String, Entity.Builder> byEnt = new LinkedHashMap<>();
        Map<String, DesignationData> designations = new LinkedHashMap<>();
        for (CSVRecord row : rows("sdn.csv", sdn)) {
            if (row.size() < 4) {
                throw new MalformedListException("OFAC list: sdn.csv line " + row.getRecordNumber()
                        + " has " + row.size() + " columns, expected 12");
            }
            String ent = col(row, 0);
            String name = col(row, 1);
            if (!ent.matches("\\d+") || name.isEmpty()) {
                throw new MalformedListException("OFAC list: sdn.csv line " + row.getRecordNumber()
                        + " does not start with an ent_num and a name");
            }
            String type = col(row, 2).toLowerCase();
            Schema schema = switch (type) {
                case "individual" -> Schema.PERSON;
                case "vessel" -> Schema.VESSEL;
                case "aircraft" -> Schema.AIRCRAFT;
                default -> Schema.ORGANIZATION;
            };
            String remarks = col(row, 11);
            Entity.Builder e = Entity.newBuilder()
                    .setKey(DATASET + ":" + ent)
                    .setSchema(schema)
                    .setCaption(name)
                    .addDatasets(DATASET)
                    .setVerified(true)
                    .addNames(name(name, NameKind.PRIMARY))
                    .addIdentifiers(Identifier.newBuilder().setScheme("ofac-ent-num").setValue(ent));
            String title = col(row, 4);
            if (!title.isEmpty()) {
                e.addPositions(title);
            }
            if (schema == Schema.VESSEL || schema == Schema.AIRCRAFT) {
                String callSign = col(row, 5);
                if (!callSign.isEmpty()) {
                    e.addIdentifiers(Identifier.newBuilder().setScheme("call-sign").setValue(callSign));
                }
                CountryCodes.toAlpha2(col(row, 9)).ifPresent(e::addCountries);
            }
            Set<String> dobs = new LinkedHashSet<>();
            Matcher m = DOB.matcher(remarks);
            while (m.find()) {
                dobs.add(isoDate(m.group(1)));
                if (m.group(2) != null) {
                    dobs.add(isoDate(m.group(2)));
                }
            }
            e.addAllBirthDates(dobs);
            Matcher nat = NATIONALITY.matcher(remarks);
            while (nat.find()) {
                CountryCodes.toAlpha2(nat.group(1).trim()).filter(c -> !e.getCountriesList().contains(c)).ifPresent(e::addCountries);
            }
            List<String> programs = new ArrayList<>();
            for (String p : col(row, 3).split("\\]\\s*\\[")) {
                String clean = p.replace("[", "").replace("]", "").trim();
                if (!clean.isEmpty()) {
                    programs.add(clean);
                }
            }
            Matcher listed = LISTED_ON.matcher(remarks);
            byEnt.put(ent, e);
            designations.put(ent, new DesignationData(DATASET, LIST_NAME, ent, programs,
                    listed.find() ? isoDate(listed.group(1)) : "", remarks));
        }
        int danglingAdd = 0;
        if (add != null && add.length > 0) {
            for (CSVRecord row : rows("add.csv", add)) {
                Entity.Builder e = byEnt.get(col(row, 0));
                if (e == null) {
                    danglingAdd++;
                    continue;
                }
                CountryCodes.toAlpha2(col(row, 4)).filter(c -> !e.getCountriesList().contains(c)).ifPresent(e::addCountries);
            }
        }
        int danglingAlt = 0;
        if (alt != null && alt.length > 0) {
            for (CSVRecord row : rows("alt.csv", alt)) {
                Entity.Builder e = byEnt.get(col(row, 0));
                if (e == null) {
                    danglingAlt++;
                    continue;
                }
                String value = col(row, 3);
                if (value.isEmpty()) {
                    continue;
                }
                String kind = col(row, 2).toLowerCase();
                String altRemarks = col(row, 4).toLowerCase();
                NameKind nk = altRemarks.contains("weak") || kind.contains("weak") ? NameKind.WEAK_ALIAS
                        : "fka".equals(kind) ? NameKind.PREVIOUS : NameKind.ALIAS;
                e.addNames(name(value, nk));
            }
        }
        if (danglingAdd > 0) {
            warnings.add("OFAC list: " + danglingAdd + " address rows refer to ent_nums not in sdn.csv (ignored)");
        }
        if (danglingAlt > 0) {
            warnings.add("OFAC list: " + danglingAlt + " alias rows refer to ent_nums not in sdn.csv (ignored)");
        }
        List<ListRecord> records = new ArrayList<>(byEnt.size());
        byEnt.forEach((ent, e) -> records.add(new ListRecord(e.build(), designations.get(ent))));
        return new ParsedList(DATASET, LIST_NAME, records, warnings);
    }

    private static List<CSVRecord> rows(String file, byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        // OFAC ends its files with a DOS end-of-file byte.
        int eof = text.indexOf('\u001a');
        if (eof >= 0) {
            text = text.substring(0, eof);
        }
        try (CSVParser p = CSVParser.parse(text, FORMAT)) {
            return p.getRecords();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new MalformedListException("OFAC list: " + file + " is not valid CSV (" + e.getMessage() + ")", e);
        }
    }

    private static String col(CSVRecord row, int i) {
        if (i >= row.size()) {
            return "";
        }
        String v = row.get(i).trim();
        return "-0-".equals(v) ? "" : v;
    }

    /** "08 Jan 1984" → "1984-01-08", "Jan 1984" → "1984-01", "1984" → "1984". */
    static String isoDate(String s) {
        String[] p = s.trim().split(" ");
        if (p.length == 3) {
            return String.format("%s-%02d-%02d", p[2], MONTHS.indexOf(p[1]) + 1, Integer.parseInt(p[0]));
        }
        if (p.length == 2) {
            return p[1] + "-" + String.format("%02d", MONTHS.indexOf(p[0]) + 1);
        }
        return p[0];
    }

    private static Name name(String value, NameKind kind) {
        return Name.newBuilder().setValue(value).setKind(kind).setScript(Scripts.of(value)).setProvenance(DATASET).build();
    }
}
