package io.kopilka.e2e.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/** Debian's headless Chromium driven through its chromedriver: nothing is downloaded at run time. */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final Path profile;

    private Browser(WebDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Opens a fresh browser with an empty profile, 1280×900. */
    public static Browser open() {
        try {
            Path profile = Files.createTempDirectory("kopilka-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("kopilka.chromium", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--window-size=1280,900", "--user-data-dir=" + profile);
            // the console (Content-Security-Policy violations land there) is read by tests through consoleLog()
            LoggingPreferences logging = new LoggingPreferences();
            logging.enable(LogType.BROWSER, Level.ALL);
            options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("kopilka.chromedriver", "/usr/bin/chromedriver")))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WebDriver, for page objects. */
    public WebDriver driver() {
        return driver;
    }

    /** The browser console's messages since the last call (Chromium hands each message out once). */
    public List<String> consoleLog() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).toList();
    }

    /** Resizes the window to {@code width} and the page's full height, and saves a PNG of it under the screenshots folder. */
    public Path screenshot(String name, int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        // the window's height includes the browser's own frame, so add it to the page's height
        Number height = (Number) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)"
                        + " + (window.outerHeight - window.innerHeight)");
        driver.manage().window().setSize(new Dimension(width, Math.min(Math.max(height.intValue(), 600), 5000)));
        try {
            Path folder = Path.of(System.getProperty("kopilka.screenshots", "target/screenshots"));
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".png");
            File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> paths = Files.walk(profile)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a leftover temporary profile is harmless
        }
    }
}
