package dossier.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.web.fake.CaseFileFixture;
import dossier.web.fake.FakeCaseService;
import dossier.web.fake.FakeServices;
import dossier.web.fake.LargeCaseFixture;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The analyst's workspace in headless Chromium against the fakes: the overview, the timeline, the
 * network and the conflicts each lead in one or two clicks to the right sentence in its source;
 * evidence is shown once per source; the overview of a 50-source case is timed; axe-core finds no
 * serious or critical violation. Screenshots go to target/screenshots/.
 */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceBrowserTest {

    private static final String BASE = "http://localhost:" + Integer.getInteger("quarkus.http.test-port", 18080) + "/";
    private static final String CASE = BASE + "cases/" + CaseFileFixture.CASE_ID;
    /** The target for the overview of a 50-source case; -Ddossier.overviewBudgetMs=… on a slower machine. */
    private static final long OVERVIEW_BUDGET_MS = Long.getLong("dossier.overviewBudgetMs", 1000);

    private static ChromeDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws IOException {
        // another browser test may have stopped sanctions-service or changed the case
        FakeServices.ensureSanctions();
        driver = HeadlessChrome.start();
        wait = HeadlessChrome.waitFor(driver);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private WebElement byId(String id) {
        return HeadlessChrome.byId(driver, wait, id);
    }

    private void openTab(String id) {
        // a link may have scrolled the tab bar under the header: bring it back first
        js("arguments[0].scrollIntoView({block: 'center'})", byId(id));
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Clicks through JavaScript: SVG marks and spans inside scrolled boxes are not always "clickable" to Selenium. */
    private void click(WebElement e) {
        js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));", e);
    }

    /** The element a link landed on, once it is there: shown, marked and focused. */
    private WebElement landed() {
        return wait.until(d -> {
            List<WebElement> l = d.findElements(By.className("landed"));
            return l.size() == 1 && l.get(0).isDisplayed() ? l.get(0) : null;
        });
    }

    private void assertLandedOnSentence(String sourceId, String claimId, String sentence) {
        // the mark of an earlier landing may still be there until the new one arrives
        WebElement at = wait.until(d -> {
            WebElement l = landed();
            return l.getText().contains(sentence) ? l : null;
        });
        assertThat(at.getText()).contains(sentence);
        assertThat(at.getDomAttribute("data-claims")).contains(claimId);
        assertThat((Boolean) js("return document.getElementById(arguments[0]).contains(arguments[1])",
                "source-text-" + sourceId, at)).isTrue();
        assertThat(byId("tab-sources").getDomAttribute("selected")).isNotNull();
        assertThat((Boolean) js("return document.activeElement === arguments[0]", at)).isTrue();
    }

    @Test
    @Order(1)
    void overviewShowsTheMatrixAndEachCellLeadsToItsDetail() throws IOException {
        driver.get(CASE);
        WebElement matrix = byId("overview-matrix");
        // only engaged measures are columns: the US verdict is "not applicable"
        assertThat(matrix.getText()).contains("UN-DPRK-LUX").doesNotContain("US-DPRK-EXPORT")
                .contains("1 more measures not engaged").contains("Transfer of a luxury car from Russia to the DPRK");
        WebElement cell = byId("cell-i1-UN-DPRK-LUX");
        assertThat(cell.getText()).isEqualTo("Likely violation · 82 %");
        assertThat(cell.getDomAttribute("theme")).contains("error");
        assertThat(cell.getDomAttribute("aria-label")).contains("Likely violation").contains("82 %");
        assertThat(byId("overview-parties").getText()).contains("Vladimir Putin — OFAC SDN · RUSSIA-EO14024")
                .contains("Dmitry Peskov").doesNotContain("Kim Jong Un");
        assertThat(byId("overview-conflicts").getText()).isEqualTo("1");
        assertThat(byId("overview-staleness").getText()).isEqualTo("1 source added since the last evaluation");
        screenshot("workspace-overview");

        openTab("tab-claims");
        click(byId("cell-i1-UN-DPRK-LUX"));
        WebElement verdict = landed();
        assertThat(verdict.getDomAttribute("id")).isEqualTo("verdict-v1");
        assertThat(byId("tab-verdicts").getDomAttribute("selected")).isNotNull();

        click(byId("overview-staleness"));
        wait.until(d -> "source-s2".equals(landed().getDomAttribute("id")));

        // from the keyboard: Enter on a focused link follows it
        WebElement party = byId("overview-party-e-giver");
        js("arguments[0].focus()", party);
        party.sendKeys(Keys.ENTER);
        wait.until(d -> "party-e-giver".equals(landed().getDomAttribute("id")));
        assertThat(byId("tab-parties").getDomAttribute("selected")).isNotNull();

        // Space follows a link too, without scrolling the page by a screen first
        WebElement conflicts = byId("overview-conflicts");
        js("window.scrollTo(0, 0); arguments[0].focus()", conflicts);
        conflicts.sendKeys(Keys.SPACE);
        wait.until(d -> "conflicts".equals(landed().getDomAttribute("id")));
    }

    @Test
    @Order(2)
    void evidenceShowsTheStrongestSentencePerSourceOnceAndOpensItInTheSource() throws IOException {
        driver.get(CASE);
        WebElement verdict = byId("verdict-v1");
        List<WebElement> lines = verdict.findElements(By.cssSelector(".step .evidence > .evidence-line"));
        // bound actor: four pieces of evidence, one repeated → two sources, one line each
        List<String> texts = new ArrayList<>();
        lines.forEach(l -> texts.add(l.getText()));
        assertThat(texts.get(0)).startsWith(CaseFileFixture.caseFile().getSources(0).getTitle() + ":")
                .contains(CaseFileFixture.CONFIRMATION).contains("+1 more from this source");
        assertThat(texts.get(1)).contains(CaseFileFixture.DELIVERY);
        Long aidesQuotes = (Long) js("return [...arguments[0].querySelectorAll('.quote')]"
                + ".filter(q => q.textContent.includes(arguments[1])).length", verdict, CaseFileFixture.AIDES);
        assertThat(aidesQuotes).isEqualTo(1L);
        assertThat(verdict.getText()).contains("… and 7 more supporting claims (see Claims)");
        js("arguments[0].scrollIntoView({block: 'start'})", verdict);
        screenshot("workspace-evidence");

        click(lines.get(0).findElement(By.className("quote")));
        assertLandedOnSentence("s1", "c2", CaseFileFixture.CONFIRMATION);
        screenshot("workspace-landed-sentence");
    }

    @Test
    @Order(3)
    void timelineDrawsEventDatesSourcesAndAdoptionsAndLeadsToTheSentence() throws IOException {
        driver.get(CASE);
        openTab("tab-timeline");
        WebElement svg = byId("timeline-svg");
        List<WebElement> events = svg.findElements(By.cssSelector("g.tl-event"));
        // the two articles date the hand-over differently: two rows, side by side, both marked disputed
        assertThat(events).hasSize(2);
        assertThat(events).allSatisfy(e -> assertThat(e.getDomAttribute("class")).contains("tl-conflict"));
        WebElement early = events.get(0);
        assertThat(early.getDomAttribute("aria-label")).contains("2024-02-01 – 2024-02-10").contains("Daily Wire Digest");
        assertThat(early.findElements(By.tagName("rect"))).hasSize(1);          // an interval is a bar
        assertThat(events.get(1).findElements(By.tagName("circle"))).hasSize(1); // a day is a dot
        assertThat(svg.findElements(By.cssSelector("g.tl-source"))).hasSize(2);
        // adoptions from MeasureService, long before the events: in the gutter left of the break
        assertThat(byId("tl-measure-UN-DPRK-LUX").getDomAttribute("aria-label")).contains("adopted 2013-03-07");
        assertThat(svg.findElements(By.cssSelector("[tabindex='0'][aria-label]")))
                .hasSize(svg.findElements(By.cssSelector(".tl-item")).size());
        screenshot("workspace-timeline");

        // keyboard: Enter on the focused mark shows its claims
        js("arguments[0].focus()", events.get(1));
        events.get(1).sendKeys(Keys.ENTER);
        wait.until(d -> byId("timeline-detail").getText().contains(CaseFileFixture.DELIVERY));
        click(byId("timeline-sentence-c3"));
        assertLandedOnSentence("s2", "c3", CaseFileFixture.DELIVERY);

        openTab("tab-timeline");
        click(byId("tl-event-incident-i1-0"));
        wait.until(d -> byId("timeline-detail").getText().contains(CaseFileFixture.AIDES));
        screenshot("workspace-timeline-detail");
        click(byId("timeline-sentence-c4"));
        assertLandedOnSentence("s1", "c4", CaseFileFixture.AIDES);
    }

    @Test
    @Order(4)
    void networkLinksThePartiesByTheirRolesAndLeadsToHitsAndSentences() throws IOException {
        driver.get(CASE);
        openTab("tab-network");
        WebElement svg = byId("network-svg");
        WebElement putin = byId("nw-party-e-giver");
        assertThat(putin.getDomAttribute("class")).contains("nw-listed").contains("nw-person");
        assertThat(putin.getText()).contains("Vladimir Putin").contains("OFAC SDN · RUSSIA-EO14024");
        assertThat(putin.getDomAttribute("aria-label")).contains("Giver → Aurus limousine");
        assertThat(byId("nw-party-e-russia").getDomAttribute("class")).contains("nw-state");
        assertThat(byId("nw-item-aurus-limousine").getDomAttribute("aria-label"))
                .contains("Recipient → Kim Jong Un").contains("Dmitry Peskov (Speaker)");
        List<String> edgeLabels = new ArrayList<>();
        svg.findElements(By.className("nw-edge-label")).forEach(e -> edgeLabels.add(e.getText()));
        assertThat(edgeLabels).contains("Giver", "Recipient", "Speaker", "Giver state");
        screenshot("workspace-network");

        click(putin);
        wait.until(d -> byId("network-detail").getText().contains("35096"));
        assertThat(byId("network-detail").getText()).contains("OFAC SDN").contains("RUSSIA-EO14024")
                .contains(CaseFileFixture.AIDES);
        screenshot("workspace-network-detail");
        click(byId("network-sentence-c4"));
        assertLandedOnSentence("s1", "c4", CaseFileFixture.AIDES);
    }

    @Test
    @Order(5)
    void conflictsStandSideBySideWithTheSourcesOwnSentences() throws IOException {
        driver.get(CASE);
        openTab("tab-conflicts");
        WebElement conflict = byId("conflict-k1");
        List<WebElement> sides = conflict.findElements(By.className("side"));
        assertThat(sides).hasSize(2);
        assertThat(sides.get(0).getText()).contains("Mr. Kim’s top aides").contains("Daily Wire Digest · 2024-02-20")
                .contains("1 independent line");
        assertThat(sides.get(1).getText()).contains("Newsweek-like Weekly · 2024-02-19");
        WebElement sentence = byId("conflict-k1-c3");
        assertThat(sentence.getText()).isEqualTo("“" + CaseFileFixture.DELIVERY + "”");
        assertThat(sentence.findElement(By.tagName("mark")).getText()).isEqualTo("directly to North Korea");
        assertThat(byId("conflicts").getText()).contains("Agrees, refines").contains("an Aurus < a luxury Aurus car");
        screenshot("workspace-conflicts");

        click(sentence);
        assertLandedOnSentence("s2", "c3", CaseFileFixture.DELIVERY);
        screenshot("workspace-conflict-landed");
    }

    @Test
    @Order(6)
    void overviewOfAFiftySourceCaseRendersWithinBudget() throws IOException {
        // record in the page when the matrix appears, from the first byte of each document on
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "new MutationObserver((m, o) => { if (document.getElementById('overview-matrix')) {"
                        + " window.__overviewAt = Date.now(); o.disconnect(); } })"
                        + ".observe(document, {childList: true, subtree: true});"));
        List<Long> ms = new ArrayList<>();
        for (int run = 0; run < 6; run++) {
            driver.get(BASE + "cases/" + LargeCaseFixture.CASE_ID);
            byId("overview-matrix");
            Long at = wait.until(d -> (Long) js("return window.__overviewAt || null"));
            long took = at - FakeCaseService.lastLargeCaseFileSentAt;
            if (run > 0) {   // the first run warms the JVM and the browser's caches
                ms.add(took);
            }
        }
        Collections.sort(ms);
        long median = ms.get(ms.size() / 2);
        String figure = "overview of a " + LargeCaseFixture.SOURCES + "-source case, GetCaseFile returned → matrix in the page: median "
                + median + " ms, runs " + ms + " ms";
        System.out.println("[workspace] " + figure);
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.writeString(Path.of("target", "screenshots", "overview-render.txt"), figure + "\n");
        assertThat(byId("overview-matrix").getText()).contains("UN-DPRK-LUX").contains("UN-DPRK-VEH");
        assertThat(byId("overview-staleness").getText()).isEqualTo("3 sources added since the last evaluation");
        screenshot("workspace-large-overview");
        openTab("tab-timeline");
        assertThat(byId("timeline-svg").findElements(By.cssSelector("g.tl-source"))).hasSize(LargeCaseFixture.SOURCES);
        screenshot("workspace-large-timeline");
        openTab("tab-network");
        byId("network-svg");
        screenshot("workspace-large-network");
        assertThat(median).as(figure).isLessThan(OVERVIEW_BUDGET_MS);
    }

    @Test
    @Order(7)
    void axeFindsNoSeriousOrCriticalViolations() throws IOException {
        String axe;
        try (InputStream in = getClass().getResourceAsStream("/axe.min.js")) {
            assertThat(in).as("axe-core's script on the test classpath").isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> problems = new ArrayList<>();
        for (String tab : List.of("tab-verdicts", "tab-timeline", "tab-network", "tab-conflicts", "tab-sources")) {
            driver.get(CASE);
            byId("overview-matrix");
            openTab(tab);
            wait.until(d -> byId(tab).getDomAttribute("selected") != null);
            js(axe);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> violations = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({"
                            + " id: v.id, impact: v.impact, help: v.help,"
                            + " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' (' + n.failureSummary + ')')}))), e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));");
            for (Map<String, Object> v : violations) {
                String line = tab + ": " + v.get("impact") + " " + v.get("id") + " — " + v.get("help") + " " + v.get("nodes");
                System.out.println("[axe] " + line);
                if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                    problems.add(line);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    @Order(8)
    void severalFilesShowTheirOwnProgressAndThePageUpdatesWhenTheEvaluationFinishes() throws IOException {
        driver.get(CASE);
        assertThat(byId("case-meta").getText()).contains("Last evaluated: 2026-11-03 10:00 UTC");
        js("window.__samePage = 'yes'");
        Path dir = Files.createTempDirectory("dossier-files");
        Path a = Files.writeString(dir.resolve("wire-a.txt"), "Putin gave Kim a car.\n\nThe car is an Aurus.");
        Path b = Files.writeString(dir.resolve("wire-b.md"), "# Kim thanks Putin\n\nKim Yo Jong thanked Russia.");
        Path blank = Files.writeString(dir.resolve("blank.txt"), "   \n");
        byId("add-files-button").click();
        WebElement upload = byId("files-upload");
        WebElement input = (WebElement) js("const u = arguments[0];"
                + "return u.querySelector('input[type=file]') || u.shadowRoot.querySelector('input[type=file]');", upload);
        input.sendKeys(a + "\n" + b + "\n" + blank);

        wait.until(d -> byId("files-summary").getText().equals("2 of 3 files added, 1 not added"));
        List<String> states = new ArrayList<>();
        byId("files-progress").findElements(By.className("file-line")).forEach(l -> states.add(l.getText()));
        assertThat(states).hasSize(3);
        assertThat(states).anySatisfy(t -> assertThat(t).contains("wire-a.txt").contains("added, 0 claims"));
        assertThat(states).anySatisfy(t -> assertThat(t).contains("blank.txt").contains("not added: The source has no text"));
        screenshot("workspace-upload");

        // source-service re-evaluates after the files; the page learns it by push, not by a reload
        wait.until(d -> byId("overview-staleness").getText().equals("Up to date"));
        assertThat(byId("case-meta").getText()).doesNotContain("Last evaluated: 2026-11-03 10:00 UTC");
        assertThat(js("return window.__samePage")).isEqualTo("yes");
        byId("files-close").click();
        screenshot("workspace-after-evaluation");
    }

    private static void screenshot(String name) throws IOException {
        HeadlessChrome.screenshot(driver, name);
    }
}
