package dossier.sanctions.lists;

import dossier.entity.v1.Entity;
import dossier.entity.v1.Identifier;
import dossier.entity.v1.Name;
import dossier.entity.v1.NameKind;
import dossier.entity.v1.Schema;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the UN Security Council Consolidated List XML with StAX. DTDs and external entities are
 * refused outright (XXE, billion laughs): a document that declares a DTD is malformed for us.
 */
public final class UnConsolidatedListParser {
    public static final String DATASET = "un-sc";
    public static final String LIST_NAME = "UN Security Council Consolidated List";

    public ParsedList parse(InputStream in) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<ListRecord> records = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        boolean sawRoot = false;
        try {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            Deque<XmlNode> stack = new ArrayDeque<>();
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.DTD ->
                            throw new MalformedListException("UN list: a DTD / DOCTYPE is not allowed in the list file");
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                            throw new MalformedListException("UN list: entity references are not allowed: &" + r.getLocalName() + ";");
                    case XMLStreamConstants.START_ELEMENT -> {
                        String n = r.getLocalName();
                        if (!sawRoot) {
                            if (!"CONSOLIDATED_LIST".equals(n)) {
                                throw new MalformedListException("UN list: root element is <" + n + ">, expected <CONSOLIDATED_LIST>");
                            }
                            sawRoot = true;
                        } else if (stack.isEmpty() && ("INDIVIDUAL".equals(n) || "ENTITY".equals(n))) {
                            stack.push(new XmlNode(n));
                        } else if (!stack.isEmpty()) {
                            XmlNode child = new XmlNode(n);
                            stack.peek().children.add(child);
                            stack.push(child);
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (!stack.isEmpty()) {
                            stack.peek().text.append(r.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (!stack.isEmpty()) {
                            XmlNode done = stack.pop();
                            if (stack.isEmpty()) {
                                toRecord(done, warnings).ifPresent(records::add);
                            }
                        }
                    }
                    default -> {
                    }
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new MalformedListException("UN list: not well-formed XML (" + e.getMessage().replaceAll("\\s+", " ") + ")", e);
        }
        if (!sawRoot) {
            throw new MalformedListException("UN list: empty document");
        }
        return new ParsedList(DATASET, LIST_NAME, records, warnings);
    }

    private java.util.Optional<ListRecord> toRecord(XmlNode n, List<String> warnings) {
        String ref = n.value("REFERENCE_NUMBER");
        if (ref.isEmpty()) {
            warnings.add("UN list: a record without REFERENCE_NUMBER was skipped (DATAID " + n.value("DATAID") + ")");
            return java.util.Optional.empty();
        }
        boolean person = "INDIVIDUAL".equals(n.name);
        List<String> parts = new ArrayList<>();
        for (String f : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
            String v = n.value(f).replaceAll("\\s+", " ").trim();
            if (!v.isEmpty()) {
                parts.add(v);
            }
        }
        String primary = String.join(" ", parts);
        Entity.Builder e = Entity.newBuilder()
                .setKey(DATASET + ":" + ref)
                .setSchema(person ? Schema.PERSON : Schema.ORGANIZATION)
                .setCaption(primary)
                .addDatasets(DATASET)
                .setVerified(true)
                .addIdentifiers(Identifier.newBuilder().setScheme("un-reference").setValue(ref));
        e.addNames(name(primary, NameKind.PRIMARY));
        String original = n.value("NAME_ORIGINAL_SCRIPT");
        if (!original.isEmpty()) {
            e.addNames(name(original, NameKind.ALIAS));
        }
        for (XmlNode a : n.all(person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
            String alias = a.value("ALIAS_NAME").replaceAll("\\s+", " ").trim();
            if (alias.isEmpty()) {
                continue;
            }
            String quality = a.value("QUALITY");
            NameKind kind = switch (quality.toLowerCase()) {
                case "low" -> NameKind.WEAK_ALIAS;
                case "f.k.a." -> NameKind.PREVIOUS;
                default -> NameKind.ALIAS;
            };
            e.addNames(name(alias, kind));
        }
        Set<String> countries = new LinkedHashSet<>();
        for (String nat : n.values("NATIONALITY")) {
            CountryCodes.toAlpha2(nat).ifPresent(countries::add);
        }
        for (XmlNode addr : n.all(person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
            CountryCodes.toAlpha2(addr.value("COUNTRY")).ifPresent(countries::add);
        }
        e.addAllCountries(countries);
        if (person) {
            Set<String> dobs = new LinkedHashSet<>();
            for (XmlNode d : n.all("INDIVIDUAL_DATE_OF_BIRTH")) {
                for (String f : List.of("DATE", "YEAR", "FROM_YEAR", "TO_YEAR")) {
                    String v = d.value(f);
                    if (!v.isEmpty()) {
                        dobs.add(v);
                    }
                }
            }
            e.addAllBirthDates(dobs);
            for (XmlNode doc : n.all("INDIVIDUAL_DOCUMENT")) {
                String num = doc.value("NUMBER");
                if (!num.isEmpty()) {
                    e.addIdentifiers(Identifier.newBuilder()
                            .setScheme(doc.value("TYPE_OF_DOCUMENT").isEmpty() ? "document" : doc.value("TYPE_OF_DOCUMENT").toLowerCase())
                            .setValue(num)
                            .setCountry(CountryCodes.toAlpha2(doc.value("ISSUING_COUNTRY")).orElse("")));
                }
            }
        }
        e.addAllPositions(n.values("DESIGNATION"));
        e.addAllPositions(n.values("TITLE"));
        String remarks = n.value("COMMENTS1").replaceAll("\\s+", " ");
        DesignationData d = new DesignationData(DATASET, LIST_NAME, ref, List.of(n.value("UN_LIST_TYPE")),
                n.value("LISTED_ON"), remarks);
        return java.util.Optional.of(new ListRecord(e.build(), d));
    }

    private static Name name(String value, NameKind kind) {
        return Name.newBuilder().setValue(value).setKind(kind).setScript(Scripts.of(value)).setProvenance(DATASET).build();
    }
}
