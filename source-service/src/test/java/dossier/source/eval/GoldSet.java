package dossier.source.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A labelled file of articles, their claims and the comparisons across them (src/test/resources/gold). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldSet(String about, List<Article> articles, List<Comparison> comparisons) {

    /** caseId: articles of one case are compared with each other (all of the file when absent). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Article(String id, String resource, String outlet, String published, String caseId, List<GoldClaim> claims) {
        public String caseKey() {
            return caseId == null ? "" : caseId;
        }
    }

    /** args: role → alternatives separated by '|'; time: an ISO date or an interval "from/to". */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record GoldClaim(String type, String quote, Map<String, String> args, String modality, String time,
                            boolean optional) {
        public GoldClaim {
            args = args == null ? Map.of() : args;
        }
    }

    /** kind: CONFLICT, REFINEMENT or CORROBORATION; each value: article ids and value alternatives ('|'). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Comparison(String kind, String about, List<ComparedValue> values) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ComparedValue(String article, String value) {
    }

    public static GoldSet load(String resource) {
        try (InputStream in = GoldSet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no gold file " + resource);
            }
            return new ObjectMapper().readValue(in, GoldSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
