package dossier.deploy.e2e;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * An OpenTelemetry collector in the test: it takes the spans the services export over OTLP/HTTP
 * (protobuf, POST /v1/traces) and keeps them with the service.name of their resource.
 */
final class OtlpReceiver implements AutoCloseable {

    /** One received span; ids in lower-case hex as in the W3C traceparent, parent "" for a root. */
    record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, Span.SpanKind kind, String name) {
    }

    private final HttpServer server;
    private final List<ReceivedSpan> spans = new CopyOnWriteArrayList<>();

    OtlpReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/v1/traces", this::receive);
        server.start();
    }

    /** The base URL to give the services as OTEL_EXPORTER_OTLP_ENDPOINT (protocol http/protobuf). */
    String endpoint() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    List<ReceivedSpan> spans() {
        return List.copyOf(spans);
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
            ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body);
            for (ResourceSpans resource : request.getResourceSpansList()) {
                String service = resource.getResource().getAttributesList().stream()
                        .filter(a -> a.getKey().equals("service.name")).map(KeyValue::getValue)
                        .map(v -> v.getStringValue()).findFirst().orElse("");
                for (ScopeSpans scope : resource.getScopeSpansList()) {
                    for (Span s : scope.getSpansList()) {
                        spans.add(new ReceivedSpan(service, hex(s.getTraceId().toByteArray()), hex(s.getSpanId().toByteArray()),
                                hex(s.getParentSpanId().toByteArray()), s.getKind(), s.getName()));
                    }
                }
            }
            // An empty ExportTraceServiceResponse: all spans accepted.
            exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
        }
    }

    private static String hex(byte[] id) {
        return HexFormat.of().formatHex(id);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
