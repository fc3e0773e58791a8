package dossier.sanctions.measures;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Loads and validates measure files; any defect fails loudly with the file, measure and field. */
public final class MeasureCatalog {
    private static final Pattern HS = Pattern.compile("\\d{2,6}(-\\d{2,6})?");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final List<MeasureDefinition> measures;

    private MeasureCatalog(List<MeasureDefinition> measures) {
        this.measures = List.copyOf(measures);
    }

    public List<MeasureDefinition> all() {
        return measures;
    }

    public List<MeasureDefinition> ofRegime(String regime) {
        if (regime == null || regime.isBlank()) {
            return measures;
        }
        return measures.stream().filter(m -> m.regime().equalsIgnoreCase(regime.trim())).toList();
    }

    /** Loads classpath resources (e.g. "measures/un-dprk.json"); missing optional files are skipped. */
    public static MeasureCatalog fromClasspath(List<String> resources) {
        Map<String, MeasureDefinition> byId = new LinkedHashMap<>();
        for (String res : resources) {
            try (InputStream in = MeasureCatalog.class.getClassLoader().getResourceAsStream(res.trim())) {
                if (in == null) {
                    throw new IllegalStateException("Measure file " + res + " was not found on the classpath");
                }
                for (MeasureDefinition m : parse(res, in.readAllBytes())) {
                    if (byId.put(m.id(), m) != null) {
                        throw new IllegalStateException("Measure file " + res + ": measure id " + m.id() + " is defined twice");
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("Measure file " + res + " cannot be read: " + e.getMessage(), e);
            }
        }
        return new MeasureCatalog(new ArrayList<>(byId.values()));
    }

    /** Parses and validates one file's bytes; the file name only labels the messages. */
    public static List<MeasureDefinition> parse(String file, byte[] json) {
        MeasureDefinition[] defs;
        try {
            defs = JSON.readValue(json, MeasureDefinition[].class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Measure file " + file + " is not a valid list of measures: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalStateException("Measure file " + file + " cannot be read: " + e.getMessage(), e);
        }
        for (MeasureDefinition m : defs) {
            validate(file, m);
        }
        return Arrays.asList(defs);
    }

    static void validate(String file, MeasureDefinition m) {
        String at = "Measure file " + file + ", measure " + (m.id() == null ? "<no id>" : m.id()) + ": ";
        require(m.id() != null && !m.id().isBlank(), at + "id is missing");
        require(m.regime() != null && !m.regime().isBlank(), at + "regime is missing");
        require(m.title() != null && !m.title().isBlank(), at + "title is missing");
        require("prohibition".equals(m.nature()) || "exposure".equals(m.nature()), at + "nature must be prohibition or exposure, not '" + m.nature() + "'");
        require(m.citations() != null && !m.citations().isEmpty(), at + "has no citation (every measure must cite its legal basis)");
        for (MeasureDefinition.CitationDefinition c : m.citations()) {
            require(c.instrument() != null && !c.instrument().isBlank() && c.provision() != null && !c.provision().isBlank(),
                    at + "a citation lacks its instrument or provision");
        }
        date(at + "adopted", m.adopted());
        require("INTO".equals(m.direction()) || "OUT_OF".equals(m.direction()) || "ANY".equals(m.direction()),
                at + "direction must be INTO, OUT_OF or ANY, not '" + m.direction() + "'");
        require(m.targetCountry() != null && m.targetCountry().matches("[a-z]{2}"), at + "targetCountry must be an ISO alpha-2 code in lower case");
        require(m.bound() != null && !m.bound().isBlank(), at + "bound (who the measure binds) is missing");
        require(m.elements() != null && !m.elements().isEmpty(), at + "elements are missing");
        for (String e : m.elements()) {
            try {
                dossier.sanctions.rules.Elements.require(e);
            } catch (IllegalStateException ex) {
                throw new IllegalStateException(at + ex.getMessage());
            }
        }
        boolean needsScope = m.elements().contains("ITEM_IN_SCOPE");
        require(!needsScope || !m.scopeOrEmpty().isEmpty(), at + "decides ITEM_IN_SCOPE but has no scope entries");
        HsNomenclature hs = HsNomenclature.standard();
        for (MeasureDefinition.ScopeEntry s : m.scopeOrEmpty()) {
            String sat = at + "scope '" + s.label() + "': ";
            require(s.label() != null && !s.label().isBlank(), at + "a scope entry has no label");
            require(!s.hsOrEmpty().isEmpty() || !s.categoriesOrEmpty().isEmpty() || s.any(), sat + "needs HS codes, categories or anyItem");
            require(s.citation() != null && !s.citation().isBlank(), sat + "needs the citation of the provision that added it");
            date(sat + "adopted", s.adopted());
            s.possibleHsOrEmpty().forEach(h -> hs.require(h, sat.trim()));
            for (String h : s.hsOrEmpty()) {
                require(HS.matcher(h).matches(), sat + "HS heading '" + h + "' is not digits or a range like 86-89");
                hs.require(h, sat.trim());
            }
        }
        for (MeasureDefinition.ExemptionDefinition ex : m.exemptionsOrEmpty()) {
            require(ex.description() != null && !ex.description().isBlank() && ex.citation() != null && !ex.citation().isBlank(),
                    at + "an exemption needs a description and its citation");
            ex.hsOrEmpty().forEach(h -> hs.require(h, at + "exemption '" + ex.description() + "'"));
        }
        if (m.elements().contains("LISTED_PARTY")) {
            require(m.listing() != null && m.listing().roles() != null && !m.listing().roles().isEmpty(),
                    at + "decides LISTED_PARTY but names no listing roles");
            for (String r : m.listing().roles()) {
                try {
                    dossier.support.model.EventModel.standard().requireRole(r);
                } catch (IllegalArgumentException ex) {
                    throw new IllegalStateException(at + "listing: " + ex.getMessage());
                }
            }
            m.listing().curatedOrEmpty().forEach(c -> date(at + "curated listing " + c.name(), c.listedOn()));
        }
        if (m.appliesTo() != null) {
            for (String k : m.appliesTo()) {
                require(KINDS.contains(k), at + "appliesTo '" + k + "' is not an incident kind " + KINDS);
            }
        }
        require(m.version() > 0, at + "version must be positive");
    }

    /** The kinds of incident the rules build (IncidentBuilder). */
    public static final java.util.Set<String> KINDS = java.util.Set.of("transfer", "alleged_transfer", "service",
            "alleged_service", "employment", "alleged_employment");

    private static void date(String what, String value) {
        try {
            LocalDate.parse(value == null ? "" : value);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(what + " '" + value + "' is not an ISO date (YYYY-MM-DD)");
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }
}
