package dossier.sanctions.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;

/** Reads the rules' data files (rules/*.json) from the classpath; a defect names the file. */
final class RulesData {
    private static final JsonMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private RulesData() {
    }

    static <T> T read(String resource, Class<T> type) {
        try (InputStream in = RulesData.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " was not found on the classpath");
            }
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new IllegalStateException(resource + " is invalid: " + e.getMessage(), e);
        }
    }
}
