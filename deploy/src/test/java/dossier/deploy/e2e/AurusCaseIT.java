package dossier.deploy.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import dossier.deploy.e2e.OtlpReceiver.ReceivedSpan;
import dossier.deploy.cli.CaseLoader;
import dossier.deploy.cli.Endpoints;
import dossier.deploy.cli.SampleCase;
import dossier.sanctions.v1.CaseFile;
import dossier.sanctions.v1.CaseServiceGrpc;
import dossier.sanctions.v1.Citation;
import dossier.sanctions.v1.GetCaseFileRequest;
import dossier.sanctions.v1.Outcome;
import dossier.sanctions.v1.Party;
import dossier.sanctions.v1.ReasoningStep;
import dossier.sanctions.v1.ScreeningHit;
import dossier.sanctions.v1.UpdateCaseRequest;
import dossier.sanctions.v1.Verdict;
import dossier.source.v1.Claim;
import dossier.source.v1.GetSourceRequest;
import dossier.source.v1.IngestSourceRequest;
import dossier.source.v1.ListSourcesRequest;
import dossier.source.v1.Source;
import dossier.source.v1.SourceServiceGrpc;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.opentelemetry.proto.trace.v1.Span.SpanKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Aurus case end to end: the four packaged services as processes, the case created, fed and
 * evaluated through the public gRPC API only, and the case file checked against what the
 * articles, the official lists and the rules must yield. The services run with the observability
 * of a deployment: traces exported over OTLP (to a receiver in this test) and JSON log lines.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AurusCaseIT {

    private static final List<String> SERVICES = Arrays.stream(Suite.Service.values()).map(s -> s.module).toList();
    /** A log record in the text pattern of application.properties (the JSON switch happens after boot). */
    private static final Pattern TEXT_RECORD = Pattern.compile("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} .*");

    private OtlpReceiver otlp;
    private Suite suite;
    private Endpoints endpoints;
    private String caseId;

    @BeforeAll
    void startSuite() throws Exception {
        Path target = Suite.repo().resolve("deploy/target");
        Path data = Files.createTempDirectory(Files.createDirectories(target.resolve("e2e-data")), "run");
        otlp = new OtlpReceiver();
        // Spans leave every 0.2 s instead of 5 s, so the test sees them at once.
        suite = new Suite(Suite.repo(), data, target.resolve("e2e-logs"), Map.of(
                "DOSSIER_OTEL_DISABLED", "false",
                "OTEL_EXPORTER_OTLP_ENDPOINT", otlp.endpoint(),
                "OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf",
                "QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "PT0.2S",
                "DOSSIER_LOG_FORMAT", "json"));
        suite.startAll(Duration.ofMinutes(5));
        // signed in: a reviewer of the real identity provider (Keycloak) does the case
        endpoints = Suite.endpointsAs("reviewer");
    }

    @AfterAll
    void stopSuite() throws Exception {
        if (endpoints != null) {
            endpoints.close();
        }
        if (suite != null) {
            suite.close();
        }
        if (otlp != null) {
            otlp.close();
        }
    }

    private CaseFile caseFile() {
        return CaseServiceGrpc.newBlockingStub(endpoints.sanctions).withDeadlineAfter(60, TimeUnit.SECONDS)
                .getCaseFile(GetCaseFileRequest.newBuilder().setCaseId(caseId).build());
    }

    @Test
    @Order(1)
    void theAurusCaseYieldsVerdictsPartiesConflictsAndSources() {
        caseId = new CaseLoader(endpoints, System.out::println).load(SampleCase.bundled());
        CaseFile file = caseFile();

        Map<String, Claim> claims = file.getClaimsList().stream().collect(Collectors.toMap(Claim::getId, Function.identity()));
        Set<String> sourceIds = file.getSourcesList().stream().map(Source::getId).collect(Collectors.toSet());

        // Verdicts: both UN bans engaged, each resting on claims and sources of this case.
        Verdict luxury = engagedVerdict(file, "UN-DPRK-LUX");
        assertThat(citations(luxury)).anyMatch(c -> c.contains("1718") && c.contains("8(a)(iii)"))
                .anyMatch(c -> c.contains("2094") && c.contains("Annex IV"));
        Verdict vehicles = engagedVerdict(file, "UN-DPRK-VEH");
        assertThat(citations(vehicles)).anyMatch(c -> c.contains("2397") && c.contains("7"));
        for (Verdict v : List.of(luxury, vehicles)) {
            assertThat(v.getReasoningList()).isNotEmpty();
            assertThat(v.getReasoningList()).extracting(ReasoningStep::getElement)
                    .contains("CONDUCT", "ITEM_IN_SCOPE", "DESTINATION");
            var evidence = v.getReasoningList().stream().flatMap(s -> s.getEvidenceList().stream()).toList();
            assertThat(evidence).isNotEmpty();
            assertThat(evidence).allSatisfy(e -> {
                assertThat(claims).containsKey(e.getClaimId());
                assertThat(sourceIds).contains(e.getSourceId());
            });
        }

        // Parties: the four people with their roles and their OFAC SDN entries.
        assertThat(partyWithHit(file, "PUTIN, Vladimir Vladimirovich").getRolesList()).anyMatch(r -> r.contains("giver"));
        assertThat(partyWithHit(file, "KIM, Jong Un").getRolesList()).anyMatch(r -> r.contains("recipient"));
        assertThat(partyWithHit(file, "PESKOV, Dmitriy Sergeevich").getRolesList()).anyMatch(r -> r.startsWith("confirm"));
        assertThat(partyWithHit(file, "KIM, Yo Jong").getRolesList()).isNotEmpty();

        // Conflicts: how the breach is characterised ("to Mr. Kim's aides" and "to North Korea" are
        // compatible, not a conflict: only two different named places would be).
        assertThat(file.getConflictsList()).isNotEmpty();
        assertThat(file.getConflictsList()).anySatisfy(c -> assertThat(c.getValuesList().stream()
                .map(v -> v.getValue().toLowerCase()).collect(Collectors.joining("|")))
                .contains("inadvertent").contains("flagrant"));

        // Sources: three, each with claims whose spans are the text they quote.
        assertThat(file.getSourcesList()).hasSize(3);
        var sources = SourceServiceGrpc.newBlockingStub(endpoints.source).withDeadlineAfter(30, TimeUnit.SECONDS);
        for (Source s : file.getSourcesList()) {
            String text = sources.getSource(GetSourceRequest.newBuilder().setId(s.getId()).build()).getText();
            List<Claim> ofSource = file.getClaimsList().stream().filter(c -> c.getSourceId().equals(s.getId())).toList();
            assertThat(ofSource).as("claims of %s", s.getTitle()).isNotEmpty();
            assertThat(ofSource).allSatisfy(c ->
                    assertThat(text.substring(c.getSpan().getStart(), c.getSpan().getEnd())).isEqualTo(c.getSpan().getText()));
        }
    }

    private static Verdict engagedVerdict(CaseFile file, String measureId) {
        List<Verdict> verdicts = file.getVerdictsList().stream().filter(v -> v.getMeasureId().equals(measureId)).toList();
        assertThat(verdicts).as("verdicts for %s", measureId).isNotEmpty();
        return verdicts.stream()
                .filter(v -> v.getOutcome() == Outcome.VIOLATION || v.getOutcome() == Outcome.LIKELY_VIOLATION)
                .findFirst()
                .orElseThrow(() -> new AssertionError(measureId + " is not VIOLATION or LIKELY_VIOLATION: "
                        + verdicts.stream().map(v -> v.getOutcome() + " " + v.getSummary()).toList()));
    }

    private static List<String> citations(Verdict v) {
        return v.getCitationsList().stream().map(c -> c.getInstrument() + " " + c.getProvision()).toList();
    }

    private static Party partyWithHit(CaseFile file, String listedName) {
        return file.getPartiesList().stream()
                .filter(p -> p.getHitsList().stream().anyMatch(h -> h.getPassesThreshold() && h.getName().equals(listedName)
                        && h.getList().contains("OFAC")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no party carries the OFAC hit " + listedName + "; parties: "
                        + file.getPartiesList().stream().map(p -> p.getName() + " " + p.getRolesList() + " "
                        + p.getHitsList().stream().map(ScreeningHit::getName).toList()).toList()));
    }

    @Test
    @Order(2)
    void badInputIsRefusedAndStoresNothing() {
        var sources = SourceServiceGrpc.newBlockingStub(endpoints.source).withDeadlineAfter(60, TimeUnit.SECONDS);
        int before = sources.listSources(ListSourcesRequest.newBuilder().setCaseId(caseId).build()).getSourcesCount();

        assertStatus(() -> sources.ingestSource(IngestSourceRequest.newBuilder().setCaseId(caseId).setText("  ").build()),
                Status.Code.INVALID_ARGUMENT);
        assertStatus(() -> sources.ingestSource(IngestSourceRequest.newBuilder().setCaseId(caseId)
                .setRaw(ByteString.copyFrom(new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'})).build()), Status.Code.INVALID_ARGUMENT);
        assertStatus(() -> sources.ingestSource(IngestSourceRequest.newBuilder().setCaseId(caseId)
                .setText("word ".repeat(1_200_000)).build()), Status.Code.INVALID_ARGUMENT);
        assertStatus(() -> sources.ingestSource(IngestSourceRequest.newBuilder().setCaseId("no-such-case")
                .setText("A report.").build()), Status.Code.NOT_FOUND);

        assertThat(sources.listSources(ListSourcesRequest.newBuilder().setCaseId(caseId).build()).getSourcesCount()).isEqualTo(before);
    }

    private static void assertStatus(Runnable call, Status.Code code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(StatusRuntimeException.class, e -> {
            assertThat(e.getStatus().getCode()).isEqualTo(code);
            assertThat(e.getStatus().getDescription()).isNotBlank().doesNotContain("Exception");
        });
    }

    @Test
    @Order(3)
    void theCaseFilePageShowsVerdictsPartiesConflictsAndSources() throws Exception {
        try (Browser browser = Browser.open()) {
            browser.signIn(caseFileUrl(), "reviewer", Keycloak.shared().password("reviewer"), Duration.ofSeconds(60));
            // the overview comes first, the verdicts' citations with the tabs a moment later
            String verdicts = browser.textOf(caseFileUrl(), "2094", Duration.ofSeconds(60));
            assertThat(verdicts).contains("UN-DPRK").contains("2397").containsIgnoringCase("violation");
            browser.screenshot(Suite.repo().resolve("deploy/target/screenshots/case-file-verdicts.png"));
            assertThat(browser.textOfTab("Parties", "PESKOV", Duration.ofSeconds(20)))
                    .contains("PESKOV, Dmitriy Sergeevich").contains("KIM, Jong Un").contains("PUTIN, Vladimir Vladimirovich");
            browser.screenshot(Suite.repo().resolve("deploy/target/screenshots/case-file-parties.png"));
            assertThat(browser.textOfTab("Conflicts", "flagrant", Duration.ofSeconds(20))).containsIgnoringCase("inadvertent");
            browser.screenshot(Suite.repo().resolve("deploy/target/screenshots/case-file-conflicts.png"));
            assertThat(browser.textOfTab("Sources", "Putin", Duration.ofSeconds(20))).contains("Luxury");
            browser.screenshot(Suite.repo().resolve("deploy/target/screenshots/case-file-sources.png"));
        }
    }

    private String caseFileUrl() {
        return "http://localhost:" + Suite.Service.WEB.port + "/cases/" + caseId;
    }

    @Test
    @Order(4)
    void oneTraceRunsFromTheEvaluateClickThroughEveryService() throws Exception {
        Set<String> earlier;
        try (Browser browser = Browser.open()) {
            browser.signIn(caseFileUrl(), "reviewer", Keycloak.shared().password("reviewer"), Duration.ofSeconds(60));
            browser.textOf(caseFileUrl(), "UN-DPRK", Duration.ofSeconds(60));
            // Evaluate reads the claims (source-service) and the parties (entity-service) behind one click
            earlier = otlp.spans().stream().map(ReceivedSpan::traceId).collect(Collectors.toSet());
            browser.click("Evaluate", "Evaluated:", Duration.ofSeconds(60));
        }
        List<ReceivedSpan> trace = awaitTraceThroughEveryService(earlier, Duration.ofSeconds(30));
        Map<String, ReceivedSpan> byId = trace.stream().collect(Collectors.toMap(ReceivedSpan::spanId, Function.identity()));
        trace.forEach(s -> System.out.printf("trace %s: %s %s %s (parent %s)%n", s.traceId(), s.service(), s.kind(), s.name(), s.parentSpanId()));

        // The click's request in web-ui is the root; each gRPC hop is a client span of the caller
        // with the callee's server span (same method) as its child.
        List<ReceivedSpan> roots = trace.stream().filter(s -> s.parentSpanId().isEmpty()).toList();
        assertThat(roots).singleElement().satisfies(root -> {
            assertThat(root.service()).isEqualTo("web-ui");
            assertThat(root.kind()).isEqualTo(SpanKind.SPAN_KIND_SERVER);
        });
        assertHop(trace, byId, "web-ui", "sanctions-service");
        assertHop(trace, byId, "sanctions-service", "source-service");
        assertHop(trace, byId, "sanctions-service", "entity-service");
    }

    /** The first new trace with spans of all four services whose every parent was received too. */
    private List<ReceivedSpan> awaitTraceThroughEveryService(Set<String> excluded, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, List<ReceivedSpan>> traces;
        do {
            Thread.sleep(200);
            traces = otlp.spans().stream().filter(s -> !excluded.contains(s.traceId()))
                    .collect(Collectors.groupingBy(ReceivedSpan::traceId));
            for (List<ReceivedSpan> t : traces.values()) {
                Set<String> ids = t.stream().map(ReceivedSpan::spanId).collect(Collectors.toSet());
                if (t.stream().map(ReceivedSpan::service).collect(Collectors.toSet()).containsAll(SERVICES)
                        && t.stream().allMatch(s -> s.parentSpanId().isEmpty() || ids.contains(s.parentSpanId()))) {
                    return t;
                }
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no trace reached all of " + SERVICES + " with all its parents; new traces: "
                + traces.values().stream().map(t -> t.stream().map(s -> s.service() + ":" + s.kind() + ":" + s.name()).toList()).toList());
    }

    private static void assertHop(List<ReceivedSpan> trace, Map<String, ReceivedSpan> byId, String caller, String callee) {
        assertThat(trace).as("%s -> %s", caller, callee).anySatisfy(server -> {
            assertThat(server.service()).isEqualTo(callee);
            assertThat(server.kind()).isEqualTo(SpanKind.SPAN_KIND_SERVER);
            ReceivedSpan client = byId.get(server.parentSpanId());
            assertThat(client).isNotNull();
            assertThat(client.service()).isEqualTo(caller);
            assertThat(client.kind()).isEqualTo(SpanKind.SPAN_KIND_CLIENT);
            assertThat(client.name()).isEqualTo(server.name()).startsWith("dossier.");
        });
    }

    @Test
    @Order(5)
    void everyServiceAnswersHealthChecksAndReflection() throws Exception {
        Map<io.grpc.ManagedChannel, String> expected = Map.of(
                endpoints.entity, "dossier.entity.v1.EntityService",
                endpoints.source, "dossier.source.v1.SourceService",
                endpoints.sanctions, "dossier.sanctions.v1.CaseService");
        for (var e : expected.entrySet()) {
            var health = grpc.health.v1.HealthGrpc.newBlockingStub(e.getKey()).withDeadlineAfter(10, TimeUnit.SECONDS)
                    .check(grpc.health.v1.HealthOuterClass.HealthCheckRequest.newBuilder().build());
            assertThat(health.getStatus()).isEqualTo(grpc.health.v1.HealthOuterClass.HealthCheckResponse.ServingStatus.SERVING);
            assertThat(GrpcReflection.listServices(e.getKey())).contains(e.getValue());
        }
        assertThat(GrpcReflection.listServices(endpoints.sanctions))
                .contains("dossier.sanctions.v1.ScreeningService", "dossier.sanctions.v1.MeasureService");
    }

    @Test
    @Order(6)
    void aServiceDownIsNamedAndTheDataSurvivesItsRestart() throws Exception {
        suite.stop(Suite.Service.SOURCE);
        // the case file kept since its last change is still the whole file; an edit makes the next
        // read assemble it anew, and then the missing service is named
        assertThat(caseFile().getSourcesList()).hasSize(3);
        CaseServiceGrpc.newBlockingStub(endpoints.sanctions).withDeadlineAfter(60, TimeUnit.SECONDS)
                .updateCase(UpdateCaseRequest.newBuilder().setId(caseId).setNotes("read while source-service is down").build());
        CaseFile degraded = caseFile();
        assertThat(degraded.getWarningsList()).anyMatch(w -> w.contains("source-service"));
        assertThat(degraded.getVerdictsList()).isNotEmpty();

        suite.start(Suite.Service.SOURCE);
        suite.awaitReady(Suite.Service.SOURCE, Duration.ofMinutes(2));
        // The callers' channels reconnect on their own (gRPC backs off between attempts): the case
        // file is whole again within seconds, with the sources stored before the restart.
        CaseFile restored = caseFile();
        for (int i = 0; i < 30 && restored.getWarningsList().stream().anyMatch(w -> w.contains("source-service")); i++) {
            Thread.sleep(1000);
            restored = caseFile();
        }
        assertThat(restored.getWarningsList()).noneMatch(w -> w.contains("source-service"));
        assertThat(restored.getSourcesList()).hasSize(3);
    }

    @Test
    @Order(7)
    void everyServiceLogsJsonLinesThatCarryTheTraceIdOfItsGrpcCalls() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> traced = new ArrayList<>();
        for (Suite.Service service : Suite.Service.values()) {
            List<String> lines = Files.readAllLines(suite.log(service));
            List<JsonNode> records = new ArrayList<>();
            boolean booting = true;
            for (String line : lines) {
                if (line.startsWith(Suite.START_MARKER)) {
                    booting = true;
                } else if (line.startsWith("{")) {
                    booting = false;
                    records.add(mapper.readTree(line));
                } else {
                    // Only what Quarkus logs while it boots, before the switch to JSON, is text.
                    assertThat(booting || !TEXT_RECORD.matcher(line).matches()).as("%s logs text after boot: %s", service.module, line).isTrue();
                }
            }
            assertThat(records).as("JSON lines of %s", service.module).isNotEmpty().allSatisfy(r -> {
                assertThat(r.path("service").asText()).isEqualTo(service.module);
                assertThat(r.path("level").asText()).isNotEmpty();
                assertThat(r.has("message")).isTrue();
            });
            records.stream().filter(r -> !r.path("mdc").path("traceId").asText().isEmpty()).forEach(traced::add);
        }
        // A record written while a service answered a gRPC call names the trace of that call.
        List<ReceivedSpan> spans = otlp.spans();
        assertThat(traced).as("log records with a trace id").anySatisfy(r -> assertThat(spans).anySatisfy(s -> {
            assertThat(s.traceId()).isEqualTo(r.path("mdc").path("traceId").asText());
            assertThat(s.service()).isEqualTo(r.path("service").asText());
            assertThat(s.kind()).isEqualTo(SpanKind.SPAN_KIND_SERVER);
            assertThat(s.name()).startsWith("dossier.").contains("/");
        }));
    }

    @Test
    @Order(8)
    void eachPictureOfTheWorkspaceLeadsToItsSentenceOnTheRealSuite() throws Exception {
        Duration wait = Duration.ofSeconds(30);
        Path shots = Suite.repo().resolve("deploy/target/screenshots");
        try (Browser browser = Browser.open()) {
            browser.signIn(caseFileUrl(), "reviewer", Keycloak.shared().password("reviewer"), Duration.ofSeconds(60));
            browser.open(caseFileUrl());
            // the overview matrix: the luxury ban's cell of an incident leads to that verdict
            WebElement cell = browser.first("[id^='cell-'][id$='-UN-DPRK-LUX']", wait);
            assertThat(cell.getText()).containsIgnoringCase("violation");
            browser.screenshot(shots.resolve("workspace-overview.png"));
            browser.clickJs(cell);
            // the luxury ban's verdict, with its citation
            assertThat(browser.landed(e -> e.getDomAttribute("id").startsWith("verdict-"), wait).getText()).contains("2094");

            // the timeline: an event's mark shows its claims; a claim's sentence opens in its source
            browser.clickJs(browser.byId("tab-timeline", wait));
            browser.clickJs(browser.first("#timeline-svg g.tl-event", wait));
            WebElement sentence = browser.first("#timeline-detail [id^='timeline-sentence-']", wait);
            String quoted = sentence.getText().replaceAll("^[“\"]|[”\"]$", "");
            browser.screenshot(shots.resolve("workspace-timeline.png"));
            browser.clickJs(sentence);
            assertThat(browser.landed(e -> e.getText().contains(quoted.substring(0, Math.min(40, quoted.length()))), wait)
                    .findElement(By.xpath("ancestor::*[starts-with(@id, 'source-text-')]"))).isNotNull();

            // the network: Putin's node is listed and shows his OFAC hit
            browser.clickJs(browser.byId("tab-network", wait));
            WebElement putin = browser.first("#network-svg g.nw-node.nw-listed[aria-label*='PUTIN']", wait);
            browser.screenshot(shots.resolve("workspace-network.png"));
            browser.clickJs(putin);
            // the node's detail: its hits, and the sentences that name it
            WebElement sentenceOfPutin = browser.first("#network-detail [id^='network-sentence-']", wait);
            assertThat(browser.byId("network-detail", wait).getText()).contains("OFAC");
            browser.clickJs(sentenceOfPutin);
            assertThat(browser.landed(e -> e.getText().contains("Putin"), wait)
                    .findElement(By.xpath("ancestor::*[starts-with(@id, 'source-text-')]"))).isNotNull();

            // the conflicts: a side's sentence opens in its source
            browser.clickJs(browser.byId("tab-conflicts", wait));
            WebElement witness = browser.first("#conflicts span.quote[id^='conflict-']", wait);
            browser.screenshot(shots.resolve("workspace-conflicts.png"));
            browser.clickJs(witness);
            assertThat(browser.landed(e -> true, wait).findElement(By.xpath("ancestor::*[starts-with(@id, 'source-text-')]")))
                    .isNotNull();
            browser.screenshot(shots.resolve("workspace-conflict-landed.png"));
        }
    }
}
