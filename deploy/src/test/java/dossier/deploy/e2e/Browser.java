package dossier.deploy.e2e;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Headless Debian Chromium driven by Selenium (no browser download: the system binaries only). */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Opens Chromium; skips the test where it is not installed, except on CI where it must be. */
    static Browser open() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && System.getenv("CI") != null) {
            throw new IllegalStateException("Chromium and chromedriver are required on CI (apt-get install -y chromium chromium-driver)");
        }
        Assumptions.assumeTrue(present, "Chromium not installed: apt-get install -y chromium chromium-driver");
        Path profile = Files.createTempDirectory("dossier-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update",
                "--disable-sync", "--window-size=1440,1800", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        return new Browser(new ChromeDriver(service, options), profile);
    }

    /**
     * Signs in as a user of the local identity provider: opens {@code url}, which sends the browser
     * to Keycloak's login form, fills it in, and waits until the web UI shows the signed-in user (or a page outside its layout).
     */
    void signIn(String url, String user, String password, Duration timeout) {
        driver.get(url);
        waitFor(timeout).until(d -> !d.findElements(By.id("username")).isEmpty());
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        // back on the web UI: the header names the user on its screens (an error page has no header)
        String origin = java.net.URI.create(url).resolve("/").toString();
        waitFor(timeout).until(d -> d.getCurrentUrl().startsWith(origin) && d.findElements(By.id("kc-login")).isEmpty());
        waitFor(timeout).until(d -> d.findElements(By.id("signed-in-user")).stream().anyMatch(e -> e.getText().equals(user))
                || d.findElements(By.tagName("vaadin-app-layout")).isEmpty());
    }

    /** Loads the page and returns its visible text once it contains the expected marker. */
    String textOf(String url, String marker, Duration timeout) {
        driver.get(url);
        waitFor(timeout).until(d -> d.findElement(By.tagName("body")).getText().contains(marker));
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Clicks the tab whose label starts with the given words and returns the page text then. */
    String textOfTab(String label, String marker, Duration timeout) {
        return clickThenRead("vaadin-tab", text -> text.startsWith(label), marker, timeout);
    }

    /** Clicks the button with this label and returns the page text once it contains the marker. */
    String click(String label, String marker, Duration timeout) {
        return clickThenRead("vaadin-button", label::equals, marker, timeout);
    }

    private String clickThenRead(String tag, java.util.function.Predicate<String> label, String marker, Duration timeout) {
        waitFor(timeout).until(d -> d.findElements(By.tagName(tag)).stream()
                .anyMatch(e -> label.test(e.getText())));
        driver.findElements(By.tagName(tag)).stream()
                .filter(e -> label.test(e.getText())).findFirst().orElseThrow().click();
        waitFor(timeout).until(d -> d.findElement(By.tagName("body")).getText().contains(marker));
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Vaadin re-renders what it updates: an element found a moment ago may be gone, so it is looked for again. */
    private WebDriverWait waitFor(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** The element with this id, once it is in the page. */
    WebElement byId(String id, Duration timeout) {
        return waitFor(timeout).until(d -> d.findElements(By.id(id)).stream().findFirst().orElse(null));
    }

    /** The first element matching the CSS selector, once there is one. */
    WebElement first(String css, Duration timeout) {
        return waitFor(timeout).until(d -> d.findElements(By.cssSelector(css)).stream().findFirst().orElse(null));
    }

    /**
     * The id of the first of these elements the page shows; on timeout, what the page shows instead
     * (its first line), so a test can report it.
     */
    String firstOf(List<String> ids, Duration timeout) {
        try {
            return waitFor(timeout).until(d -> ids.stream().filter(id -> !d.findElements(By.id(id)).isEmpty()).findFirst().orElse(null));
        } catch (org.openqa.selenium.TimeoutException e) {
            return "none of " + ids + " (the page: " + driver.findElement(By.tagName("body")).getText().lines().findFirst().orElse("") + ")";
        }
    }

    /** Opens the page without waiting for any text. */
    void open(String url) {
        driver.get(url);
    }

    /** Clicks through JavaScript: SVG marks and spans in scrolled boxes are not always "clickable" to Selenium. */
    void clickJs(WebElement e) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});"
                + " arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}));", e);
    }

    /** The one element a link of the workspace landed on (marked "landed"), shown and holding the focus. */
    WebElement landed(java.util.function.Predicate<WebElement> where, Duration timeout) {
        return waitFor(timeout).until(d -> {
            List<WebElement> l = d.findElements(By.className("landed"));
            return l.size() == 1 && l.get(0).isDisplayed() && where.test(l.get(0))
                    && Boolean.TRUE.equals(driver.executeScript("return document.activeElement === arguments[0]", l.get(0)))
                    ? l.get(0) : null;
        });
    }

    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp profile left behind is harmless
        }
    }
}
