package dossier.web.logging;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.json.Json;
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
 * line: timestamp, level, loggerName, message, stackTrace, service and the MDC ("mdc"), where
 * quarkus-opentelemetry puts traceId and spanId. Quarkus formats JSON only through the
 * quarkus-logging-json extension, whose deployment artifact for this Quarkus version is not served
 * here; and jboss-logmanager's own JsonFormatter cannot be used as is, because it is loaded by the
 * boot class loader, which does not see jakarta.json. So the structured formatter of jboss-logmanager
 * (keys, MDC, exceptions) writes through jakarta.json from here. It is set before every other startup
 * observer runs; the few lines Quarkus writes while it boots stay in text.
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

    static final class JsonLines extends StructuredFormatter {
        private final JsonGeneratorFactory factory = Json.createGeneratorFactory(Map.of());

        @Override
        protected Generator createGenerator(Writer writer) {
            JsonGenerator json = factory.createGenerator(writer);
            return new Generator() {
                @Override
                public Generator begin() {
                    json.writeStartObject();
                    return this;
                }

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
                public Generator add(String key, Map<String, ?> value) {
                    json.writeStartObject(key);
                    value.forEach((k, v) -> add(k, v == null ? null : v.toString()));
                    json.writeEnd();
                    return this;
                }

                @Override
                public Generator add(String key, String value) {
                    if (value == null) {
                        json.writeNull(key);
                    } else {
                        json.write(key, value);
                    }
                    return this;
                }

                @Override
                public Generator startObject(String key) {
                    if (key == null) {
                        json.writeStartObject();
                    } else {
                        json.writeStartObject(key);
                    }
                    return this;
                }

                @Override
                public Generator startArray(String key) {
                    if (key == null) {
                        json.writeStartArray();
                    } else {
                        json.writeStartArray(key);
                    }
                    return this;
                }

                @Override
                public Generator endObject() {
                    json.writeEnd();
                    return this;
                }

                @Override
                public Generator endArray() {
                    json.writeEnd();
                    return this;
                }

                @Override
                public Generator end() {
                    json.writeEnd();
                    json.flush();
                    return this;
                }
            };
        }
    }
}
