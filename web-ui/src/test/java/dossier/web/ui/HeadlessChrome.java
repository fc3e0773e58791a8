package dossier.web.ui;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium for the browser tests of this module: start, wait, look up, screenshot. */
final class HeadlessChrome {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private HeadlessChrome() {
    }

    /** A fresh browser with a profile of its own; the test is skipped where Chromium is not installed. */
    static ChromeDriver start() throws IOException {
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
        return new ChromeDriver(service, options);
    }

    static WebDriverWait waitFor(ChromeDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // Vaadin re-renders what it updates: an element found a moment ago may be gone; look again
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** The element once it is in the page; on a time-out what the browser showed is kept, to see why. */
    static WebElement byId(ChromeDriver driver, WebDriverWait wait, String id) {
        try {
            return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                screenshot(driver, "missing-" + id);
                Files.writeString(Path.of("target", "screenshots", "missing-" + id + ".html"), driver.getPageSource());
            } catch (IOException ignored) {
                // the timeout is the failure that matters
            }
            throw e;
        }
    }

    static void screenshot(ChromeDriver driver, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
