package dossier.deploy.e2e;

import dossier.sanctions.v1.CaseServiceGrpc;
import dossier.sanctions.v1.CreateCaseRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which screens each role's local user may open, signed in through the real identity provider's
 * login form in a browser, against the packaged suite: the start page's destination per role, then
 * every screen opened by its address (a screen a role may not open answers as if it did not exist).
 * Prints N passed, N failed. The RPCs behind the screens are checked per role in AccessMatrixIT.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreenAccessIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** A screen shows itself or the refusal within this once the session is warm. */
    private static final Duration SHOWN = Duration.ofSeconds(20);
    private static final String REFUSED = "screen-not-open";

    /** A screen: its path (with {case} for a case's id), the element only it shows, who may open it. */
    private record Screen(String path, String marker, Set<String> openTo) {
    }

    private static final List<Screen> SCREENS = List.of(
            new Screen("/", "cases-grid", Set.of("analyst", "reviewer")),
            new Screen("/cases/{case}", "case-title", Set.of("analyst", "reviewer")),
            new Screen("/screening", "screen-button", Set.of("analyst", "reviewer", "list-admin")),
            new Screen("/audit", "audit-entries", Set.of("auditor")));

    /** Where the start page takes each role (the screen its role is for). */
    private static final Map<String, String> START = Map.of(
            "analyst", "cases-grid", "reviewer", "cases-grid", "list-admin", "screen-button", "auditor", "audit-entries");

    private Suite suite;
    private String caseId;

    @BeforeAll
    void startSuite() throws Exception {
        Path target = Suite.repo().resolve("deploy/target");
        Path data = Files.createTempDirectory(Files.createDirectories(target.resolve("e2e-data")), "screens");
        suite = new Suite(Suite.repo(), data, target.resolve("e2e-logs"), Map.of("DOSSIER_IMPORT_ON_START", "false"));
        suite.startAll(Duration.ofMinutes(5));
        try (var endpoints = suite.endpointsAs("analyst")) {
            caseId = CaseServiceGrpc.newBlockingStub(endpoints.sanctions)
                    .createCase(CreateCaseRequest.newBuilder().setTitle("Screens per role").build()).getId();
        }
    }

    @AfterAll
    void stopSuite() throws Exception {
        if (suite != null) {
            suite.close();
        }
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
