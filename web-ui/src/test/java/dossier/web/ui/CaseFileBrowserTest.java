package dossier.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.entity.v1.Judgement;
import dossier.sanctions.v1.ExportFormat;
import dossier.web.fake.CaseFileFixture;
import dossier.web.fake.FakeCaseService;
import dossier.web.fake.FakeEntityService;
import dossier.web.fake.FakeServices;
import dossier.web.fake.TestSignIn;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The UI in headless Chromium against fake services: what the analyst sees on the case list and
 * the case file, and that an outage of sanctions-service becomes a readable notification.
 */
@QuarkusTest
@QuarkusTestResource(FakeServices.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseFileBrowserTest {

    private static final String BASE = "http://localhost:" + Integer.getInteger("quarkus.http.test-port", 18080) + "/";

    private static ChromeDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws IOException {
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

    /** The element, scrolled to the middle of the window first (the overview above pushes it down). */
    private WebElement scrolledTo(String id) {
        WebElement e = byId(id);
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", e);
        return e;
    }

    private void openTab(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    @Test
    @Order(1)
    void caseListShowsTheCasesAndOpensTheCaseFile() {
        driver.get(BASE);
        WebElement row = byId("case-row-" + CaseFileFixture.CASE_ID);
        assertThat(row.getText()).isEqualTo(CaseFileFixture.theCase().getTitle());
        assertThat(byId("cases-grid").getText()).contains("In review").contains("a.analyst");

        row.click();
        wait.until(ExpectedConditions.urlContains("cases/" + CaseFileFixture.CASE_ID));
        assertThat(byId("case-title").getText()).isEqualTo(CaseFileFixture.theCase().getTitle());
    }

    @Test
    @Order(2)
    void caseFileShowsVerdictsPartiesConflictsAndSources() throws IOException {
        driver.get(BASE + "cases/" + CaseFileFixture.CASE_ID);
        assertThat(byId("case-title").getText()).isEqualTo(CaseFileFixture.theCase().getTitle());
        assertThat(byId("case-warnings").getText()).contains("party details may be incomplete");

        // verdicts: the coloured outcome badge, the citation, the reasoning down to the quoted span
        WebElement outcome = byId("verdict-outcome-v1");
        assertThat(outcome.getText()).isEqualTo("Likely violation");
        assertThat(outcome.getAttribute("theme")).contains("badge").contains("error");
        assertThat(byId("verdict-outcome-v2").getText()).isEqualTo("Not applicable");
        WebElement verdict = byId("verdict-v1");
        assertThat(verdict.getText()).contains(CaseFileFixture.CITATION_INSTRUMENT)
                .contains("Item in scope").contains("Met")
                .contains("“" + CaseFileFixture.DELIVERY + "”")
                .contains("… and 7 more supporting claims (see Claims)");
        screenshot("case-file-verdicts");

        openTab("tab-parties");
        WebElement giver = byId("party-e-giver");
        wait.until(d -> giver.getText().contains("RUSSIA-EO14024"));
        assertThat(giver.getText()).contains("Vladimir Putin").contains("Giver").contains("OFAC SDN")
                .contains("35096").contains("97 %");
        assertThat(byId("party-e-recipient").getText()).contains("No list hits");
        screenshot("case-file-parties");

        openTab("tab-conflicts");
        WebElement conflict = byId("conflict-k1");
        assertThat(conflict.getText()).contains(CaseFileFixture.CONFLICT_DESCRIPTION)
                .contains("Mr. Kim’s top aides").contains("directly to North Korea")
                .contains("1 independent line").contains("Putin Gifts Luxury Car to North Korea's Kim");
        assertThat(byId("conflicts").getText()).contains("Agreeing (1)").contains("2 independent lines");
        screenshot("case-file-conflicts");

        openTab("tab-sources");
        assertThat(byId("source-title-s1").getText()).isEqualTo(CaseFileFixture.caseFile().getSources(0).getTitle());
        List<WebElement> highlighted = byId("source-text-s1").findElements(By.className("claim-span"));
        assertThat(highlighted).extracting(WebElement::getText)
                .contains(CaseFileFixture.HEDGED, CaseFileFixture.CONFIRMATION);
        assertThat(highlighted).filteredOn(h -> h.getText().equals(CaseFileFixture.HEDGED)).singleElement()
                .satisfies(h -> assertThat(h.getAttribute("title")).startsWith("Characterization"));
        // markup in source text is shown literally, never rendered
        WebElement text2 = byId("source-text-s2");
        assertThat(text2.getText()).contains("<b>Editor's note</b>");
        assertThat(text2.findElements(By.tagName("b"))).isEmpty();
        // a non-web url is not turned into a link
        assertThat(byId("source-s2").findElements(By.cssSelector("a[href^='javascript']"))).isEmpty();
        assertThat(byId("source-s1").getText()).contains("dateline place does not appear in the story");
        screenshot("case-file-sources");

        openTab("tab-claims");
        assertThat(byId("claims-grid").getText()).contains("Speculative").contains("Dmitry Peskov (confirmed)");

        byId("evaluate-button").click();
        WebElement done = wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("notice-success")));
        assertThat(done.getText()).isEqualTo("Evaluated: 2 verdicts for 1 incidents");
        assertThat(byId("verdict-outcome-v1").getText()).isEqualTo("Likely violation");
    }

    @Test
    @Order(3)
    void addingAPastedSourceReportsWhatTheServiceStored() {
        driver.get(BASE + "cases/" + CaseFileFixture.CASE_ID);
        byId("add-source-button").click();
        byId("source-title-field").findElement(By.tagName("input")).sendKeys("Wire follow-up");
        byId("source-text-field").findElement(By.tagName("textarea")).sendKeys("A short follow-up report.");
        byId("source-save").click();
        WebElement done = wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("notice-success")));
        assertThat(done.getText()).isEqualTo("Source \"Wire follow-up\" added with 0 claims");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("add-source-dialog")));
    }

    @Test
    @Order(4)
    void screeningShowsHitsWithReasons() {
        driver.get(BASE + "screening");
        byId("screen-name").findElement(By.tagName("input")).sendKeys("Vladimir Putin");
        byId("screen-button").click();
        wait.until(d -> byId("screen-summary").getText().contains("1 candidates"));
        assertThat(byId("screen-hits").getText()).contains("OFAC SDN").contains("Name tokens 100 %");
    }

    /** The signed-in test user (TestSignIn): the name the UI shows and sends with each change. */
    private static final String ANALYST = TestSignIn.USER;
    private static final String PESKOV_HIT = "hit-" + CaseFileFixture.SPEAKER_ID + "-" + CaseFileFixture.SPEAKER_HIT_ID;

    private void type(String fieldId, String tag, String text) {
        WebElement input = byId(fieldId).findElement(By.tagName(tag));
        input.clear();
        input.sendKeys(text);
    }

    /** Picks an item of a Vaadin select by its label. */
    private void choose(String selectId, String label) {
        WebElement select = byId(selectId);
        select.click();
        wait.until(d -> "true".equals(select.getDomProperty("opened")));
        WebElement item = wait.until(d -> select.findElements(By.cssSelector("vaadin-select-item[role=option]")).stream()
                .filter(i -> label.equals(i.getDomAttribute("label"))).findFirst().orElse(null));
        // the item sits in the overlay's top layer, which Selenium does not always see as clickable
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click()", item);
        wait.until(d -> !"true".equals(select.getDomProperty("opened")));
        assertThat(select.getText()).contains(label);
    }

    private WebElement notice(String className) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.className(className)));
    }

    /** Lets the notifications of one step go, so the next step's notice is its own. */
    private void dismissNotices() {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.querySelectorAll('vaadin-notification-card').forEach(c => c.remove());"
                        + "document.querySelectorAll('vaadin-notification').forEach(n => n.opened = false);");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.className("notice-success")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.className("notice-error")));
    }

    @Test
    @Order(5)
    void overrideNeedsAJustificationAndStandsBesideTheComputedVerdictUnderTheSignedInUser() throws IOException {
        driver.get(BASE + "cases/" + CaseFileFixture.CASE_ID);
        // the signed-in user is in the header: nobody types a name
        assertThat(byId("signed-in-user").getText()).isEqualTo(ANALYST);
        byId("override-v1").click();
        byId("override-dialog");
        choose("override-outcome", "Possible violation");

        // the service refuses a blank justification; its message marks the field, the dialog stays
        byId("override-save").click();
        assertThat(notice("notice-error").getText()).isEqualTo("A justification is required to override a verdict");
        wait.until(d -> byId("override-dialog-reason").getDomAttribute("invalid") != null);
        assertThat(byId("override-dialog-reason").getDomProperty("errorMessage"))
                .isEqualTo("A justification is required to override a verdict");
        dismissNotices();

        String why = "The car went to the leader's household, not a state body; the delivery is reported, not shown.";
        type("override-dialog-reason", "textarea", why);
        byId("override-save").click();
        assertThat(notice("notice-success").getText()).isEqualTo("Verdict overridden: Possible violation");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("override-dialog")));

        // the analyst's outcome counts; the computed one stays beside it with its confidence
        wait.until(d -> byId("verdict-outcome-v1").getText().equals("Possible violation"));
        assertThat(byId("verdict-outcome-v1").getAttribute("theme")).contains("warning");
        assertThat(byId("verdict-computed-v1").getText()).contains("Likely violation").contains("82 %");
        assertThat(byId("verdict-override-v1").getText()).contains("Overridden by " + ANALYST).contains(why);
        assertThat(byId("verdict-v2").findElements(By.className("override-note"))).isEmpty();
        screenshot("web-override");
        dismissNotices();
    }

    @Test
    @Order(6)
    void historyListsEveryChangeNewestFirstAPageAtATime() throws IOException {
        driver.get(BASE + "cases/" + CaseFileFixture.CASE_ID);
        openTab("tab-history");
        int total = CaseFileFixture.history(FakeCaseService.HISTORY_REPORTS).size() + 1;   // + the override above
        wait.until(d -> byId("history-range").getText().equals("Changes 1–" + HistorySection.PAGE_SIZE + " of " + total));
        String grid = byId("history-grid").getText();
        // newest first: the override, by the analyst, before the evaluations
        assertThat(grid.indexOf("override: ")).isGreaterThanOrEqualTo(0)
                .isLessThan(grid.indexOf("source 'Wire report " + FakeCaseService.HISTORY_REPORTS + "' added"));
        assertThat(grid).contains(ANALYST).contains("82 % → 82 %").contains("Ban on the supply of luxury goods to the DPRK (UN-DPRK-LUX)");
        assertThat(byId("history-newer").getAttribute("disabled")).isNotNull();
        screenshot("web-history");

        byId("history-older").click();
        wait.until(d -> byId("history-range").getText().equals(
                "Changes " + (HistorySection.PAGE_SIZE + 1) + "–" + total + " of " + total));
        assertThat(byId("history-grid").getText()).contains("source 'Wire report 1' added")
                .contains("US export ban to the DPRK").doesNotContain("override: ");
        assertThat(byId("history-older").getAttribute("disabled")).isNotNull();
        assertThat(byId("history-newer").getAttribute("disabled")).isNull();
    }

    private String fetch(String href) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed: ' + e));", href);
    }

    @Test
    @Order(7)
    void exportsDownloadTheCaseFileInEachFormatAndRefusalsAreReadable() {
        driver.get(BASE + "cases/" + CaseFileFixture.CASE_ID);
        FakeCaseService.EXPORTS.clear();
        String title = CaseFileFixture.theCase().getTitle();
        byId("export-json").click();
        WebElement json = byId("export-link-json");
        assertThat(json.getText()).isEqualTo("case-" + CaseFileFixture.CASE_ID + ".json");
        assertThat(json.getAttribute("download")).isEqualTo(json.getText());
        assertThat(fetch(json.getAttribute("href"))).contains("\"title\": \"" + title + "\"")
                .contains("\"justification\"");

        byId("export-markdown").click();
        assertThat(fetch(byId("export-link-markdown").getAttribute("href"))).startsWith("# " + title);
        byId("export-pdf").click();
        assertThat(fetch(byId("export-link-pdf").getAttribute("href"))).startsWith("%PDF-");
        assertThat(FakeCaseService.EXPORTS).extracting(r -> r.getFormat())
                .containsExactly(ExportFormat.JSON, ExportFormat.MARKDOWN, ExportFormat.PDF);
        assertThat(FakeCaseService.EXPORTS).allSatisfy(r -> assertThat(r.getCaseId()).isEqualTo(CaseFileFixture.CASE_ID));

        FakeCaseService.nextExportFailure = io.grpc.Status.FAILED_PRECONDITION
                .withDescription("PDF export is not available yet");
        byId("export-pdf").click();
        assertThat(notice("notice-error").getText()).isEqualTo("PDF export is not available yet");
        assertThat(driver.getPageSource()).doesNotContain("Exception");
        dismissNotices();
    }

    @Test
    @Order(8)
    void aDismissedHitIsGreyedWithWhoWhenWhyAndCanBeRestored() throws IOException {
        driver.get(BASE + "cases/" + CaseFileFixture.CASE_ID);
        openTab("tab-parties");
        scrolledTo(PESKOV_HIT + "-dismiss").click();
        byId("dismiss-dialog");

        byId("dismiss-save").click();
        assertThat(notice("notice-error").getText()).isEqualTo("A reason is required to dismiss a hit");
        dismissNotices();
        String why = "Different person: the listed PESKOV is the spokesman; this speaker is a namesake quoted by a local paper.";
        type("dismiss-dialog-reason", "textarea", why);
        byId("dismiss-save").click();
        assertThat(notice("notice-success").getText())
                .isEqualTo("List hit dismissed: OFAC SDN " + CaseFileFixture.SPEAKER_HIT_REFERENCE);

        // the case file is read again and the analyst stays on the parties tab
        wait.until(d -> byId(PESKOV_HIT).getAttribute("class").contains("dismissed"));
        assertThat(byId("tab-parties").getAttribute("selected")).isNotNull();
        assertThat(byId(PESKOV_HIT + "-dismissal").getText()).contains("Dismissed as false positive")
                .contains("by " + ANALYST).contains(why);
        assertThat(byId("party-" + CaseFileFixture.SPEAKER_ID).getText()).contains("1 dismissed").doesNotContain("list hit");
        assertThat(byId(PESKOV_HIT).findElements(By.id(PESKOV_HIT + "-dismiss"))).isEmpty();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'})", byId(PESKOV_HIT));
        screenshot("web-dismissed-hit");
        dismissNotices();

        scrolledTo(PESKOV_HIT + "-restore").click();
        assertThat(notice("notice-success").getText())
                .isEqualTo("List hit restored: OFAC SDN " + CaseFileFixture.SPEAKER_HIT_REFERENCE);
        wait.until(d -> !byId(PESKOV_HIT).getAttribute("class").contains("dismissed"));
        assertThat(driver.findElements(By.id(PESKOV_HIT + "-dismissal"))).isEmpty();
        assertThat(byId("party-" + CaseFileFixture.SPEAKER_ID).getText()).contains("1 list hit");
        dismissNotices();
    }

    @Test
    @Order(9)
    void sameEntityJudgementsAreRecordedWithTheAnalystAndShown() {
        driver.get(BASE + "cases/" + CaseFileFixture.CASE_ID);
        openTab("tab-parties");
        // a party that is itself the listed entity has nothing to judge
        assertThat(driver.findElements(By.id("hit-e-giver-e-giver-same"))).isEmpty();

        scrolledTo(PESKOV_HIT + "-same").click();
        assertThat(notice("notice-success").getText())
                .isEqualTo("Recorded: Dmitry Peskov and PESKOV, Dmitriy Sergeevich — same entity");
        wait.until(d -> byId(PESKOV_HIT + "-decision").getText().contains("Same entity"));
        assertThat(byId(PESKOV_HIT + "-decision").getText()).contains("judged by " + ANALYST);
        assertThat(byId(PESKOV_HIT + "-same").getAttribute("disabled")).isNotNull();
        var recorded = FakeEntityService.decisions().get(0);
        assertThat(recorded.getLeftEntityId()).isEqualTo(CaseFileFixture.SPEAKER_ID);
        assertThat(recorded.getRightEntityId()).isEqualTo(CaseFileFixture.SPEAKER_HIT_ID);
        assertThat(recorded.getJudgement()).isEqualTo(Judgement.SAME);
        assertThat(recorded.getAnalyst()).isEqualTo(ANALYST);
        dismissNotices();

        scrolledTo(PESKOV_HIT + "-not-same").click();
        wait.until(d -> byId(PESKOV_HIT + "-decision").getText().contains("Not the same"));
        assertThat(byId(PESKOV_HIT + "-same").getAttribute("disabled")).isNull();
        assertThat(FakeEntityService.decisions()).filteredOn(d -> d.getCurrent()).singleElement()
                .extracting(d -> d.getJudgement()).isEqualTo(Judgement.NOT_SAME);
        dismissNotices();
    }

    @Test
    @Order(11)
    void statusAnalystAndNotesAreSavedFromTheHeader() throws IOException {
        driver.get(BASE + "cases/" + CaseFileFixture.CASE_ID);
        byId("case-editor-details").findElement(By.tagName("vaadin-details-summary")).click();
        choose("case-status-select", "Closed");
        type("case-analyst-field", "input", "m.reviewer");
        String notes = "Asked the outlet for the delivery photos.\nCheck the customs records next.";
        type("case-notes-field", "textarea", notes);
        byId("case-save").click();
        assertThat(notice("notice-success").getText()).isEqualTo("Case saved");
        wait.until(d -> byId("case-status").getText().equals("Closed"));
        assertThat(byId("case-meta").getText()).contains("m.reviewer");
        assertThat(FakeCaseService.current().getCase().getNotes()).isEqualTo(notes);
        // notes are there when the case is opened again, the editor open to show them
        driver.get(BASE + "cases/" + CaseFileFixture.CASE_ID);
        assertThat(byId("case-notes-field").findElement(By.tagName("textarea")).getAttribute("value")).isEqualTo(notes);
        screenshot("web-case-editor");
        dismissNotices();
    }

    @Test
    @Order(19)
    void eachRoleIsOfferedOnlyWhatItMayDo() throws IOException {
        try {
            // an analyst evaluates and adds sources, but neither overrides nor dismisses
            TestSignIn.as(Set.of("analyst"));
            driver.get(BASE + "cases/" + CaseFileFixture.CASE_ID);
            assertThat(byId("signed-in-roles").getText()).isEqualTo("analyst");
            assertThat(byId("evaluate-button").isDisplayed()).isTrue();
            assertThat(driver.findElements(By.id("override-v1"))).allMatch(e -> !e.isDisplayed());
            openTab("tab-parties");
            assertThat(driver.findElements(By.id(PESKOV_HIT + "-dismiss"))).isEmpty();
            screenshot("web-role-analyst");

            // a list admin reads no cases: the start page sends them to screening
            TestSignIn.as(Set.of("list-admin"));
            driver.get(BASE);
            wait.until(d -> d.getCurrentUrl().endsWith("/screening"));
            assertThat(driver.findElements(By.id("nav-cases"))).isEmpty();

            // and a case file is not theirs to open
            driver.get(BASE + "cases/" + CaseFileFixture.CASE_ID);
            assertThat(byId("screen-not-open").getText()).contains("not open to your roles").contains("list-admin");
            assertThat(driver.findElements(By.id("case-title"))).isEmpty();

            // an auditor reads the audit log and nothing else: the start page sends them there
            TestSignIn.as(Set.of("auditor"));
            driver.get(BASE);
            wait.until(d -> d.getCurrentUrl().endsWith("/audit"));
            assertThat(byId("audit-entries").isDisplayed()).isTrue();
            assertThat(byId("nav-audit").isDisplayed()).isTrue();
            assertThat(driver.findElements(By.id("nav-cases"))).isEmpty();

            // and the audit log is not a reviewer's to open
            TestSignIn.as(Set.of("reviewer"));
            driver.get(BASE + "audit");
            assertThat(driver.findElements(By.id("audit-entries"))).isEmpty();
            assertThat(driver.findElements(By.id("nav-audit"))).isEmpty();
        } finally {
            TestSignIn.reset();
        }
    }

    @Test
    @Order(20)
    void sanctionsOutageBecomesANotificationNotAnErrorPage() {
        FakeServices.stopSanctions();

        driver.get(BASE);
        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("notice-error")));
        assertThat(notice.getText())
                .isEqualTo("sanctions-service is unavailable — cases cannot be listed right now");
        assertThat(byId("cases-status").getText()).contains("sanctions-service is unavailable");
        assertThat(driver.getPageSource()).doesNotContain("Exception").doesNotContain("Internal error");

        driver.get(BASE + "cases/" + CaseFileFixture.CASE_ID);
        assertThat(byId("case-file-error").getText())
                .isEqualTo("sanctions-service is unavailable — the case file cannot be shown right now");
        assertThat(driver.getPageSource()).doesNotContain("Exception");
    }

    private static void screenshot(String name) throws IOException {
        HeadlessChrome.screenshot(driver, name);
    }
}
