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
        require(m.citations() != null && !m.citations().isEmpty(), at + "has no citation (every measure must cite its legal basis)");
        for (MeasureDefinition.CitationDefinition c : m.citations()) {
            require(c.instrument() != null && !c.instrument().isBlank() && c.provision() != null && !c.provision().isBlank(),
                    at + "a citation lacks its instrument or provision");
        }
        try {
            LocalDate.parse(m.adopted() == null ? "" : m.adopted());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(at + "adopted '" + m.adopted() + "' is not an ISO date (YYYY-MM-DD)");
        }
        require("INTO".equals(m.direction()) || "OUT_OF".equals(m.direction()), at + "direction must be INTO or OUT_OF, not '" + m.direction() + "'");
        require(m.targetCountry() != null && m.targetCountry().matches("[a-z]{2}"), at + "targetCountry must be an ISO alpha-2 code in lower case");
        require(m.conduct() != null && !m.conduct().isEmpty(), at + "conduct is empty");
        require((m.itemCategories() != null && !m.itemCategories().isEmpty()) || (m.hsHeadings() != null && !m.hsHeadings().isEmpty()),
                at + "needs item categories or HS headings");
        if (m.hsHeadings() != null) {
            for (String h : m.hsHeadings()) {
                require(HS.matcher(h).matches(), at + "HS heading '" + h + "' is not digits or a range like 86-89");
            }
        }
        require(m.version() > 0, at + "version must be positive");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }
}
