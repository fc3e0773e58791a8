package dossier.support.logging;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.formatters.StructuredFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;

import java.io.Writer;
import java.util.Map;
import java.util.logging.Handler;

/**
 * With {@code dossier.log.format=json} (DOSSIER_LOG_FORMAT), the console writes one JSON object per
 * line: timestamp, level, loggerName, message, stackTrace, service, and "mdc" with the traceId and
 * spanId of quarkus-opentelemetry. Quarkus formats JSON only with quarkus-logging-json, whose
 * deployment artifact is not served for this Quarkus version; jboss-logmanager's JsonFormatter lives
 * in the boot class loader, which does not see jakarta.json. So its structured formatter (keys, MDC,
 * exceptions) writes through jakarta.json from here. What Quarkus logs while it boots stays text.
 * One copy for every service: each picks it up from this module (indexed through its beans.xml).
 */
@Singleton
public class JsonConsoleLog {

    void useJsonOnTheConsole(@Observes @Priority(0) StartupEvent start,
            @ConfigProperty(name = "dossier.log.format", defaultValue = "text") String format,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        if ("json".equalsIgnoreCase(format.strip())) {
            JsonLines json = new JsonLines();
            json.setExceptionOutputType(StructuredFormatter.ExceptionOutputType.FORMATTED);
            json.setMetaData("service=" + service);
            setOnConsoleHandlers(LogContext.getLogContext().getLogger("").getHandlers(), json);
        }
    }

    /** Quarkus nests the console handler in its delayed (and, if configured, async) handler. */
    private static void setOnConsoleHandlers(Handler[] handlers, JsonLines json) {
        for (Handler h : handlers) {
            if (h instanceof ConsoleHandler) {
                h.setFormatter(json);
            } else if (h instanceof ExtHandler nesting) {
                setOnConsoleHandlers(nesting.getHandlers(), json);
            }
        }
    }

    /** Objects only: arrays appear in the DETAILED exception output, which is not used. */
    static final class JsonLines extends StructuredFormatter {
        private final JsonGeneratorFactory factory = Json.createGeneratorFactory(Map.of());

        @Override
        protected Generator createGenerator(Writer writer) {
            JsonGenerator json = factory.createGenerator(writer).writeStartObject();
            return new Generator() {
                @Override
                public Generator add(String key, int value) {
                    json.write(key, value);
                    return this;
                }

                @Override
                public Generator add(String key, long value) {
                    json.write(key, value);
                    return this;
                }

                @Override
                public Generator add(String key, String value) {
                    json.write(key, value == null ? JsonValue.NULL : Json.createValue(value));
                    return this;
                }

                @Override
                public Generator add(String key, Map<String, ?> value) {
                    startObject(key);
                    value.forEach((k, v) -> add(k, v == null ? null : v.toString()));
                    return endObject();
                }

                @Override
                public Generator startObject(String key) {
                    json.writeStartObject(key);
                    return this;
                }

                @Override
                public Generator endObject() {
                    json.writeEnd();
                    return this;
                }

                @Override
                public Generator end() {
                    json.writeEnd().flush();
                    return this;
                }
            };
        }
    }
}
