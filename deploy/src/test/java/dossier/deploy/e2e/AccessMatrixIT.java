package dossier.deploy.e2e;

import dossier.audit.v1.AuditServiceGrpc;
import dossier.entity.v1.EntityServiceGrpc;
import dossier.sanctions.v1.CaseServiceGrpc;
import dossier.sanctions.v1.MeasureServiceGrpc;
import dossier.sanctions.v1.ScreeningServiceGrpc;
import dossier.source.v1.SourceServiceGrpc;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServiceDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what, checked on the packaged suite with the real identity provider: every RPC of the
 * contract, as each role's local user and as an anonymous caller,
 * against the roles the README's Security section promises. An RPC is called with an empty
 * request: authorisation is decided before the request is read, so an allowed call answers OK or a
 * validation error, a refused one UNAUTHENTICATED or PERMISSION_DENIED. Then every screen, as each
 * role's local user signed in through Keycloak's login form in a browser: where the start page takes
 * them, and which screens open (a screen a role may not open shows the "not open to your roles" page).
 * Each half prints N passed, N failed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixIT {

    private static final String ANONYMOUS = "anonymous";
    private static final List<String> CALLERS = List.of(ANONYMOUS, "analyst", "reviewer", "list-admin", "integrator", "auditor");

    // What each role may do (README, Security), as sets of callers.
    private static final Set<String> READERS = Set.of("analyst", "reviewer", "integrator");
    private static final Set<String> ENTITY_READERS = Set.of("analyst", "reviewer", "integrator", "list-admin");
    private static final Set<String> CASE_WORKERS = Set.of("analyst", "reviewer", "integrator");
    private static final Set<String> ANALYSTS = Set.of("analyst", "reviewer");
    private static final Set<String> REVIEWERS = Set.of("reviewer");
    private static final Set<String> LIST_ADMINS = Set.of("list-admin");
    private static final Set<String> EVERY_ROLE = Set.of("analyst", "reviewer", "list-admin", "integrator", "auditor");
    private static final Set<String> AUDITORS = Set.of("auditor");

    /** Expected callers per RPC (full method name); an RPC of the contract missing here fails the test. */
    private static final Map<String, Set<String>> RPCS = Map.ofEntries(
            Map.entry("dossier.entity.v1.EntityService/GetEntity", ENTITY_READERS),
            Map.entry("dossier.entity.v1.EntityService/SearchEntities", ENTITY_READERS),
            Map.entry("dossier.entity.v1.EntityService/MatchEntities", ENTITY_READERS),
            Map.entry("dossier.entity.v1.EntityService/ListDecisions", ENTITY_READERS),
            Map.entry("dossier.entity.v1.EntityService/ResolveMentions", CASE_WORKERS),
            Map.entry("dossier.entity.v1.EntityService/UpsertEntities", LIST_ADMINS),
            Map.entry("dossier.entity.v1.EntityService/RecordDecision", REVIEWERS),
            Map.entry("dossier.source.v1.SourceService/IngestSource", CASE_WORKERS),
            Map.entry("dossier.source.v1.SourceService/GetSource", READERS),
            Map.entry("dossier.source.v1.SourceService/ListSources", READERS),
            Map.entry("dossier.source.v1.SourceService/ListClaims", READERS),
            Map.entry("dossier.source.v1.SourceService/ListConflicts", READERS),
            Map.entry("dossier.source.v1.SourceService/SearchSources", READERS),
            Map.entry("dossier.sanctions.v1.CaseService/CreateCase", CASE_WORKERS),
            Map.entry("dossier.sanctions.v1.CaseService/GetCase", READERS),
            Map.entry("dossier.sanctions.v1.CaseService/ListCases", READERS),
            Map.entry("dossier.sanctions.v1.CaseService/GetCaseFile", READERS),
            Map.entry("dossier.sanctions.v1.CaseService/ExportCaseFile", READERS),
            Map.entry("dossier.sanctions.v1.CaseService/GetCaseHistory", READERS),
            Map.entry("dossier.sanctions.v1.CaseService/UpdateCase", ANALYSTS),
            Map.entry("dossier.sanctions.v1.CaseService/EvaluateCase", ANALYSTS),
            Map.entry("dossier.sanctions.v1.CaseService/OverrideVerdict", REVIEWERS),
            Map.entry("dossier.sanctions.v1.CaseService/DismissHit", REVIEWERS),
            Map.entry("dossier.sanctions.v1.ScreeningService/Screen", ENTITY_READERS),
            Map.entry("dossier.sanctions.v1.ScreeningService/ImportList", LIST_ADMINS),
            Map.entry("dossier.sanctions.v1.ScreeningService/ListImports", Set.of("list-admin", "auditor")),
            Map.entry("dossier.sanctions.v1.MeasureService/ListMeasures", EVERY_ROLE),
            // served by each of the three services, each over its own chain
            Map.entry("dossier.audit.v1.AuditService/GetAuditLog", AUDITORS),
            Map.entry("dossier.audit.v1.AuditService/VerifyAuditLog", AUDITORS));

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** A screen shows itself or the refusal within this once the session is warm. */
    private static final Duration SHOWN = Duration.ofSeconds(20);
    private static final String REFUSED = "screen-not-open";

    /** A screen: its path (with {case} for a case's id), the element only it shows, who may open it. */
    private record Screen(String path, String marker, Set<String> openTo) {
    }

    private static final List<Screen> SCREENS = List.of(
            new Screen("/cases/{case}", "case-title", Set.of("analyst", "reviewer")),
            new Screen("/screening", "screen-button", Set.of("analyst", "reviewer", "list-admin")),
            new Screen("/audit", "audit-entries", Set.of("auditor")));

    /** Where the start page ("/") takes each role: the case list, or the screen its role is for. */
    private static final Map<String, String> START = Map.of(
            "analyst", "cases-grid", "reviewer", "cases-grid", "list-admin", "screen-button", "auditor", "audit-entries");

    private Suite suite;
    private String caseId;
    private final Map<Suite.Service, ManagedChannel> channels = new LinkedHashMap<>();

    @BeforeAll
    void startSuite() throws Exception {
        Path target = Suite.repo().resolve("deploy/target");
        Path data = Files.createTempDirectory(Files.createDirectories(target.resolve("e2e-data")), "access");
        // no first list import: the matrix is about who may call, not what the lists hold
        suite = new Suite(Suite.repo(), data, target.resolve("e2e-logs"), Map.of("DOSSIER_IMPORT_ON_START", "false"));
        suite.startAll(Duration.ofMinutes(5));
        for (Suite.Service s : List.of(Suite.Service.ENTITY, Suite.Service.SOURCE, Suite.Service.SANCTIONS)) {
            channels.put(s, ManagedChannelBuilder.forTarget(Suite.target(s)).usePlaintext().build());
        }
        try (var endpoints = Suite.endpointsAs("analyst")) {
            caseId = dossier.sanctions.v1.CaseServiceGrpc.newBlockingStub(endpoints.sanctions)
                    .createCase(dossier.sanctions.v1.CreateCaseRequest.newBuilder().setTitle("Screens per role").build()).getId();
        }
    }

    @AfterAll
    void stopSuite() throws Exception {
        for (ManagedChannel c : channels.values()) {
            c.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void everyRpcAnswersEachRoleAsTheReadmeSays() {
        List<String> failures = new ArrayList<>();
        int passed = 0;
        List<Map.Entry<ServiceDescriptor, Suite.Service>> services = List.of(
                Map.entry(EntityServiceGrpc.getServiceDescriptor(), Suite.Service.ENTITY),
                Map.entry(SourceServiceGrpc.getServiceDescriptor(), Suite.Service.SOURCE),
                Map.entry(CaseServiceGrpc.getServiceDescriptor(), Suite.Service.SANCTIONS),
                Map.entry(ScreeningServiceGrpc.getServiceDescriptor(), Suite.Service.SANCTIONS),
                Map.entry(MeasureServiceGrpc.getServiceDescriptor(), Suite.Service.SANCTIONS),
                Map.entry(AuditServiceGrpc.getServiceDescriptor(), Suite.Service.ENTITY),
                Map.entry(AuditServiceGrpc.getServiceDescriptor(), Suite.Service.SOURCE),
                Map.entry(AuditServiceGrpc.getServiceDescriptor(), Suite.Service.SANCTIONS));
        for (var service : services) {
            for (MethodDescriptor<?, ?> method : service.getKey().getMethods()) {
                Set<String> allowed = RPCS.get(method.getFullMethodName());
                if (allowed == null) {
                    failures.add(method.getFullMethodName() + ": no expectation in this test (a new RPC needs its roles)");
                    continue;
                }
                for (String caller : CALLERS) {
                    String outcome = call(channels.get(service.getValue()), method, caller);
                    String expected = caller.equals(ANONYMOUS) ? "UNAUTHENTICATED" : allowed.contains(caller) ? "allowed" : "PERMISSION_DENIED";
                    if (outcome.equals(expected)) {
                        passed++;
                    } else {
                        failures.add(method.getFullMethodName() + " on " + service.getValue() + " as " + caller + ": expected " + expected + ", got " + outcome);
                    }
                }
            }
        }
        System.out.println("access matrix: " + passed + " passed, " + failures.size() + " failed");
        failures.forEach(f -> System.out.println("  " + f));
        assertThat(failures).isEmpty();
    }

    /** allowed, UNAUTHENTICATED or PERMISSION_DENIED. */
    @SuppressWarnings("unchecked")
    private static <Q, R> String call(ManagedChannel channel, MethodDescriptor<Q, R> method, String caller) {
        Q empty = (Q) ((MethodDescriptor.PrototypeMarshaller<Q>) method.getRequestMarshaller()).getMessagePrototype();
        var ch = caller.equals(ANONYMOUS) ? channel
                : io.grpc.ClientInterceptors.intercept(channel, MetadataUtils.newAttachHeadersInterceptor(bearer(Keycloak.shared().token(caller))));
        try {
            ClientCalls.blockingUnaryCall(ch, method, CallOptions.DEFAULT.withDeadlineAfter(60, TimeUnit.SECONDS), empty);
            return "allowed";
        } catch (StatusRuntimeException e) {
            Status.Code code = e.getStatus().getCode();
            return code == Status.Code.UNAUTHENTICATED || code == Status.Code.PERMISSION_DENIED ? code.name() : "allowed";
        }
    }

    private static Metadata bearer(String token) {
        Metadata m = new Metadata();
        m.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
        return m;
    }

    @Test
    void eachRoleOpensTheScreensTheReadmeSays() throws Exception {
        List<String> failures = new ArrayList<>();
        int passed = 0;
        String web = "http://localhost:" + Suite.Service.WEB.port;
        for (String role : Keycloak.USERS) {
            try (Browser browser = Browser.open()) {
                browser.signIn(web + "/", role, Keycloak.shared().password(role), WAIT);
                String landed = browser.firstOf(List.of("cases-grid", "screen-button", "audit-entries", REFUSED), WAIT);
                if (landed.equals(START.get(role))) {
                    passed++;
                } else {
                    failures.add(role + " starts on " + landed + ", expected " + START.get(role));
                }
                for (Screen screen : SCREENS) {
                    browser.open(web + screen.path().replace("{case}", caseId));
                    String shown = browser.firstOf(List.of(screen.marker(), REFUSED), SHOWN);
                    browser.screenshot(Suite.repo().resolve("deploy/target/screenshots/access-" + role
                            + screen.path().replace("{case}", "case").replace('/', '-') + ".png"));
                    String expected = screen.openTo().contains(role) ? screen.marker() : REFUSED;
                    if (shown.equals(expected)) {
                        passed++;
                    } else {
                        failures.add(role + " on " + screen.path() + ": expected " + expected + ", got " + shown);
                    }
                }
            }
        }
        System.out.println("screen access: " + passed + " passed, " + failures.size() + " failed");
        failures.forEach(f -> System.out.println("  " + f));
        assertThat(failures).isEmpty();
    }
}
