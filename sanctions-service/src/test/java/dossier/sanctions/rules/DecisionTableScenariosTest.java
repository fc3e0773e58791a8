package dossier.sanctions.rules;

import dossier.entity.v1.Entity;
import dossier.entity.v1.Schema;
import dossier.model.v1.Amount;
import dossier.model.v1.Comparator;
import dossier.model.v1.DateInterval;
import dossier.model.v1.EventKind;
import dossier.sanctions.domain.Listing;
import dossier.sanctions.domain.Outcome;
import dossier.sanctions.domain.VerdictResult;
import dossier.sanctions.mapping.EntityMapper;
import dossier.sanctions.mapping.FactsMapper;
import dossier.source.v1.AttributionLink;
import dossier.source.v1.Claim;
import dossier.source.v1.ClaimArgument;
import dossier.source.v1.ClaimType;
import dossier.source.v1.Modality;
import dossier.source.v1.Source;
import dossier.source.v1.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision table of the law (src/test/resources/decision-table/scenarios.psv): scenarios
 * written from the resolution texts, facts in, expected outcome per measure out, each row run
 * through the whole rule engine as the claims of one case. A second test drops each fact of each
 * row in turn and checks that no clearance (NO_VIOLATION, NOT_APPLICABLE) ever comes from a fact
 * that is missing: a clearance with fewer facts must be a clearance with all of them.
 */
class DecisionTableScenariosTest {
    static final RuleEngine ENGINE = new RuleEngine(Fixtures.MEASURES.all(), Fixtures.CLASSIFIER);
    static final Set<Outcome> CLEARED = Set.of(Outcome.NO_VIOLATION, Outcome.NOT_APPLICABLE);

    /** One row: the facts and what the law gives for them. */
    record Row(String id, String kind, String giver, String recipient, String item, String value, String date, String report,
               String modality, String asserter, String text, Map<String, Outcome> expect, String basis) {

        Row with(String field, String v) {
            return switch (field) {
                case "item" -> new Row(id, kind, giver, recipient, v, value, date, report, modality, asserter, text, expect, basis);
                case "value" -> new Row(id, kind, giver, recipient, item, v, date, report, modality, asserter, text, expect, basis);
                case "date" -> new Row(id, kind, giver, recipient, item, value, v, report, modality, asserter, text, expect, basis);
                case "giver" -> new Row(id, kind, v, recipient, item, value, date, report, modality, asserter, text, expect, basis);
                case "recipient" -> new Row(id, kind, giver, v, item, value, date, report, modality, asserter, text, expect, basis);
                case "asserter" -> new Row(id, kind, giver, recipient, item, value, date, report, modality, v, text, expect, basis);
                case "text" -> new Row(id, kind, giver, recipient, item, value, date, report, modality, asserter, v, expect, basis);
                default -> throw new IllegalArgumentException(field);
            };
        }

        @Override
        public String toString() {
            return id + " " + basis;
        }
    }

    static List<Row> rows() throws IOException {
        List<Row> out = new ArrayList<>();
        try (InputStream in = DecisionTableScenariosTest.class.getClassLoader().getResourceAsStream("decision-table/scenarios.psv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\\|", -1);
                if (f.length != 13) {
                    throw new IllegalStateException("scenarios.psv: row needs 13 fields: " + line);
                }
                Map<String, Outcome> expect = new LinkedHashMap<>();
                for (String e : f[11].split(",")) {
                    String[] kv = e.trim().split("=");
                    expect.put(kv[0].trim(), Outcome.valueOf(kv[1].trim()));
                }
                out.add(new Row(f[0].trim(), f[1].trim(), f[2].trim(), f[3].trim(), f[4].trim(), f[5].trim(), f[6].trim(),
                        f[7].trim(), f[8].trim(), f[9].trim(), f[10].trim(), expect, f[12].trim()));
            }
        }
        return out;
    }

    @Test
    void theTableIsLargeAndCoversEveryMeasure() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
        assertThat(rows.stream().map(Row::id).distinct().count()).isEqualTo(rows.size());
        Set<String> covered = new java.util.HashSet<>();
        rows.forEach(r -> covered.addAll(r.expect().keySet()));
        assertThat(covered).containsAll(Fixtures.MEASURES.all().stream().map(m -> m.id()).toList());
        Set<Outcome> outcomes = new java.util.HashSet<>();
        rows.forEach(r -> outcomes.addAll(r.expect().values()));
        assertThat(outcomes).containsExactlyInAnyOrder(Outcome.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachScenarioGivesTheOutcomeTheLawGives(Row row) {
        Map<String, VerdictResult> verdicts = evaluate(row);
        row.expect().forEach((measure, outcome) -> {
            VerdictResult v = verdicts.get(measure);
            assertThat(v).as(row.id() + ": no verdict for " + measure + " (verdicts: " + verdicts.keySet() + ")").isNotNull();
            assertThat(v.outcome()).as(row.id() + " " + measure + " — " + row.basis() + "\n  " + v.summary() + "\n  "
                    + v.reasoning().stream().map(s -> s.element() + " " + s.status() + ": " + s.explanation())
                    .reduce("", (a, b) -> a + "\n    " + b)).isEqualTo(outcome);
            assertThat(v.confidenceBasis()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void noClearanceComesFromAMissingWord(Row row) {
        Map<String, VerdictResult> full = evaluate(row);
        Map<String, String> drops = new LinkedHashMap<>();
        drops.put("item", "");
        drops.put("value", "");
        drops.put("date", "");
        drops.put("giver", "unresolved");
        drops.put("recipient", "unresolved");
        drops.put("asserter", "press");
        drops.put("text", "");
        drops.forEach((field, blank) -> {
            Map<String, VerdictResult> less = evaluate(row.with(field, blank));
            less.forEach((measure, v) -> {
                if (CLEARED.contains(v.outcome()) && full.containsKey(measure)) {
                    assertThat(full.get(measure).outcome()).as(row.id() + " without " + field + ": " + measure + " is cleared ("
                            + v.summary() + ") though with every fact it is " + full.get(measure).summary()).isIn(CLEARED);
                }
            });
        });
    }

    @Test
    void anEventWithoutAnyFactIsNeverCleared() {
        Row empty = new Row("EMPTY", "transfer:give", "unresolved", "unresolved", "", "", "", "", "reported", "press", "", Map.of(), "");
        Map<String, VerdictResult> verdicts = evaluate(empty);
        assertThat(verdicts).isNotEmpty();
        assertThat(verdicts.values()).allSatisfy(v -> assertThat(v.outcome()).as(v.summary()).isNotIn(CLEARED));
    }

    // ---- building the claims of a row ----------------------------------------------------------

    static Map<String, VerdictResult> evaluate(Row row) {
        Map<String, Entity> entities = new HashMap<>();
        Map<String, List<Listing>> listings = new HashMap<>();
        String[] kp = row.kind().split(":");
        String kind = kp[0];
        String predicate = kp.length > 1 ? kp[1] : "give";
        boolean employment = kind.equals("employment");
        List<Source> sources = new ArrayList<>();
        String report = row.report().isEmpty() ? "" : row.report();
        sources.add(Source.newBuilder().setId("s1").setTitle("Report of " + row.id()).setPublishedDate(report).build());
        List<Claim> claims = new ArrayList<>();
        ClaimArgument giver = party(employment ? "worker" : "giver", row.giver(), "e-g", "Giver Person", entities, listings);
        ClaimArgument recipient = party(employment ? "employer" : "recipient", row.recipient(), "e-r", "Recipient Person", entities, listings);
        String sentence = (giver == null ? "someone" : giver.getValue()) + " " + predicate + " "
                + (recipient == null ? "someone" : recipient.getValue()) + " " + row.item() + " " + row.text();
        Claim.Builder c = Claim.newBuilder().setId("c1").setSourceId("s1")
                .setType(kind.equals("allegation") ? ClaimType.ALLEGATION : ClaimType.TRANSFER)
                .setEventKind(employment ? EventKind.EVENT_KIND_EMPLOYMENT : EventKind.EVENT_KIND_TRANSFER)
                .setPredicate(predicate).setTime(report)
                .setModality(Modality.valueOf(row.modality().toUpperCase(java.util.Locale.ROOT)))
                .setSpan(Span.newBuilder().setStart(0).setEnd(sentence.length()).setText(sentence)).setSummary(sentence)
                .addAttribution(AttributionLink.newBuilder().setName("Outlet").setVerb("reports"));
        if (giver != null) {
            c.addArguments(giver);
        }
        if (recipient != null) {
            c.addArguments(recipient);
        }
        if (!row.item().isEmpty()) {
            c.addArguments(ClaimArgument.newBuilder().setRole(employment ? "worker" : "item").setValue(row.item()));
        }
        if (!row.value().isEmpty()) {
            c.addArguments(ClaimArgument.newBuilder().setRole("value").setValue(row.value()).setAmount(amount(row.value())));
        }
        if (!row.date().isEmpty()) {
            c.addArguments(ClaimArgument.newBuilder().setRole("time").setValue(row.date()).setInterval(interval(row.date())));
        }
        switch (row.asserter()) {
            case "investigator" -> c.addAttribution(AttributionLink.newBuilder().setName("the UN Panel of Experts").setVerb("found"));
            case "anonymous" -> c.addAttribution(AttributionLink.newBuilder().setName("anonymous sources").setVerb("said"));
            case "state-media" -> c.addAttribution(AttributionLink.newBuilder().setName("KCNA").setVerb("reported"));
            default -> {
            }
        }
        claims.add(c.build());
        if (row.asserter().equals("press2")) {
            sources.add(Source.newBuilder().setId("s2").setTitle("Second report of " + row.id()).setPublishedDate(report).build());
            claims.add(c.setId("c2").setSourceId("s2").build());
        }
        if (row.asserter().equals("official")) {
            entities.put("e-spokes", Entity.newBuilder().setId("e-spokes").setCaption("Oleg Speaker").setSchema(Schema.PERSON)
                    .addPositions("Press secretary").addCountries("ru").build());
            claims.add(Claim.newBuilder().setId("c3").setSourceId("s1").setType(ClaimType.CONFIRMATION).setPredicate("confirm")
                    .setModality(Modality.REPORTED).addArguments(ClaimArgument.newBuilder().setRole("speaker").setValue("Oleg Speaker")
                            .setEntityId("e-spokes")).addArguments(ClaimArgument.newBuilder().setRole("subject").setValue("it"))
                    .setSummary("Oleg Speaker confirmed it").build());
        }
        if (row.asserter().equals("denied")) {
            claims.add(Claim.newBuilder().setId("c4").setSourceId("s1").setType(ClaimType.DENIAL).setPredicate("deny")
                    .setModality(Modality.DENIED).addArguments(ClaimArgument.newBuilder().setRole("speaker").setValue("both sides"))
                    .setSummary("Both sides deny it").build());
        }
        EntityLookup lookup = id -> Optional.ofNullable(entities.get(id))
                .map(e -> EntityMapper.toDomain(e, listings.getOrDefault(id, List.of())));
        Evaluation e = ENGINE.evaluate(FactsMapper.toDomain(claims, sources, List.of(), List.of()), lookup, "2026-01-01T00:00:00Z");
        Map<String, VerdictResult> out = new LinkedHashMap<>();
        e.verdicts().forEach(v -> out.putIfAbsent(v.measureId(), v));
        return out;
    }

    /**
     * A side: "" none; "unresolved" a description no entity stands for; "state:kp" the state
     * itself; "official:ru", "person:us", "company:cn" a person or body acting for a state;
     * "+un:2016-03-02" UN DPRK listing (with its date), "+ofac:PROGRAM" an OFAC listing;
     * "@Name" its name.
     */
    static ClaimArgument party(String role, String spec, String id, String defaultName, Map<String, Entity> entities,
                               Map<String, List<Listing>> listings) {
        if (spec.isEmpty()) {
            return null;
        }
        String name = defaultName;
        if (spec.contains("@")) {
            name = spec.substring(spec.indexOf('@') + 1);
            spec = spec.substring(0, spec.indexOf('@'));
        }
        if (spec.equals("unresolved")) {
            return ClaimArgument.newBuilder().setRole(role).setValue("a delegation").build();
        }
        String[] plus = spec.split("\\+");
        String[] kc = plus[0].split(":");
        String k = kc[0];
        String country = kc.length > 1 ? kc[1] : "";
        Entity.Builder e = Entity.newBuilder().setId(id).setVerified(true);
        switch (k) {
            case "state" -> {
                name = dossier.sanctions.rules.RuleEngine.countryName(country);
                e.setSchema(Schema.COUNTRY).setCaption(name).addCountries(country);
            }
            case "official" -> e.setSchema(Schema.PERSON).setCaption(name).addCountries(country).addPositions("Minister");
            case "person" -> e.setSchema(Schema.PERSON).setCaption(name).addCountries(country);
            case "company" -> e.setSchema(Schema.COMPANY).setCaption(name).addCountries(country);
            default -> throw new IllegalArgumentException("party kind " + k);
        }
        entities.put(id, e.build());
        for (int i = 1; i < plus.length; i++) {
            String[] l = plus[i].split(":");
            if (l[0].equals("un")) {
                listings.computeIfAbsent(id, x -> new ArrayList<>()).add(new Listing("un-sc", "UN Security Council Consolidated List",
                        "KPi.999", List.of("DPRK"), l.length > 1 ? l[1] : ""));
            } else {
                listings.computeIfAbsent(id, x -> new ArrayList<>()).add(new Listing("ofac-sdn", "OFAC SDN", "99999", List.of(l[1]), ""));
            }
        }
        return ClaimArgument.newBuilder().setRole(role).setValue(name).setEntityId(id).build();
    }

    /** "USD 600", "EUR 900", "at most USD 90", "about USD 2100", "at least USD 3000". */
    static Amount amount(String v) {
        Comparator c = Comparator.COMPARATOR_EXACTLY;
        String s = v;
        if (s.startsWith("at most ")) {
            c = Comparator.COMPARATOR_AT_MOST;
            s = s.substring(8);
        } else if (s.startsWith("at least ")) {
            c = Comparator.COMPARATOR_AT_LEAST;
            s = s.substring(9);
        } else if (s.startsWith("about ")) {
            c = Comparator.COMPARATOR_ABOUT;
            s = s.substring(6);
        }
        String[] p = s.split(" ");
        return Amount.newBuilder().setCurrency(p[0]).setValue(Double.parseDouble(p[1])).setComparator(c).build();
    }

    /** "2024-02-18", "2016-03" or "2010" as an interval stated in the text. */
    static DateInterval interval(String d) {
        var i = IncidentBuilder.parse(d, "text");
        return DateInterval.newBuilder().setStart(i.start().toString()).setEnd(i.end().toString()).setBasis("text").build();
    }
}
