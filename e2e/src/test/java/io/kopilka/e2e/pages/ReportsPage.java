package io.kopilka.e2e.pages;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The back office's programme overview: the filter, the freshness line, and each table with its chart and CSV links. */
public class ReportsPage extends Page {

    ReportsPage(WebDriver driver) {
        super(driver);
        driver.findElement(By.id("apply-filter"));
    }

    /** Opens the overview with its default filter. */
    public static ReportsPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/backoffice/reports");
        return new ReportsPage(driver);
    }

    /** Waits until the page's script has drawn every chart, and returns the ids of the charts' canvases. */
    public List<String> awaitChartsDrawn() {
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> {
            List<WebElement> charts = d.findElements(By.cssSelector("canvas[data-chart]"));
            return !charts.isEmpty() && charts.stream().allMatch(c -> "true".equals(c.getAttribute("data-rendered")));
        });
        return driver.findElements(By.cssSelector("canvas[data-chart]")).stream().map(c -> c.getAttribute("id")).toList();
    }

    /** The line saying how fresh the figures are. */
    public String freshness() {
        return driver.findElement(By.id("freshness")).getText();
    }

    /** The rows of a table's body, each as its cells' texts. */
    public List<List<String>> rows(String table) {
        return driver.findElements(By.cssSelector("#table-" + table + " tbody tr")).stream()
                .map(row -> row.findElements(By.cssSelector("th, td")).stream().map(WebElement::getText).toList())
                .toList();
    }

    /** Lets the browser save downloads into the folder (headless Chromium refuses them otherwise). */
    public ReportsPage downloadInto(Path folder) {
        ((ChromiumDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));
        return this;
    }

    /** Clicks a table's "for Excel" CSV link. */
    public void downloadCsv(String table) {
        driver.findElement(By.id("csv-" + table)).click();
    }
}
