package dossier.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dossier.web.fake.CaseFileFixture;
import dossier.web.fake.FakeServices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final String BASE = "http://localhost:18080/";

    private static ChromeDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(new File(CHROMIUM).canExecute(), "Chromium is not installed: browser test skipped");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        Path profile = Files.createTempDirectory("dossier-chrome");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-quic", "--no-first-run",
                "--disable-component-update", "--disable-sync", "--window-size=1400,1100",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    private WebElement byId(String id) {
        try {
            return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        } catch (org.openqa.selenium.TimeoutException e) {
            // keep what the browser showed, to see why the element never came
            try {
                screenshot("missing-" + id);
                Files.writeString(Path.of("target", "screenshots", "missing-" + id + ".html"), driver.getPageSource());
            } catch (IOException ignored) {
                // the timeout is the failure that matters
            }
            throw e;
        }
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
                .contains("“" + CaseFileFixture.DELIVERY + "”");
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
                .contains("the leader's top aides").contains("the leader directly")
                .contains("1 independent line").contains("Putin Gifts Luxury Car to North Korea's Kim");
        assertThat(byId("conflicts").getText()).contains("Corroborations (1)").contains("2 independent lines");
        screenshot("case-file-conflicts");

        openTab("tab-sources");
        assertThat(byId("source-title-s1").getText()).isEqualTo(CaseFileFixture.caseFile().getSources(0).getTitle());
        List<WebElement> highlighted = byId("source-text-s1").findElements(By.className("claim-span"));
        assertThat(highlighted).extracting(WebElement::getText)
                .contains(CaseFileFixture.HEDGED, CaseFileFixture.CONFIRMATION);
        assertThat(highlighted.get(0).getAttribute("title")).startsWith("Characterization");
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

    @Test
    @Order(10)
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
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
