package io.kopilka.e2e.pages;

import java.time.Duration;
import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The back office's Jobs page: schedules, runs with their progress bars, starting a job for a date. */
public class JobsPage extends Page {

    JobsPage(WebDriver driver) {
        super(driver);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("job-settlement")));
    }

    /** Opens the page directly. */
    public static JobsPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/backoffice/jobs");
        return new JobsPage(driver);
    }

    /** Puts the date into the job's date field (as the browser's date picker would) and presses Start. */
    public JobsPage startFor(String job, LocalDate asOf) {
        WebElement date = driver.findElement(By.id("asOf-" + job));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", date, asOf.toString());
        WebElement start = driver.findElement(By.id("start-" + job));
        start.click();
        // the form posts and the page comes back after a redirect: wait until this copy of the page is gone
        wait.until(ExpectedConditions.stalenessOf(start));
        return new JobsPage(driver);
    }

    /** The notice that a run has started. */
    public String startedNotice() {
        return driver.findElement(By.id("job-started")).getText();
    }

    /** The job's latest run as shown now. */
    private WebElement latestRun(String job) {
        return driver.findElement(By.cssSelector("#job-" + job + " .runs .run"));
    }

    /** Waits, while htmx refreshes the latest run every second, until the run has ended; returns its status text. */
    public String awaitLatestRunEnd(String job, Duration timeout) {
        new WebDriverWait(driver, timeout).until(d -> {
            String classes = latestRun(job).getAttribute("class");
            return !classes.contains("run-started");
        });
        return latestRun(job).findElement(By.className("run-status")).getText();
    }

    /** The latest run's progress bar as "value/max". */
    public String latestProgress(String job) {
        WebElement bar = latestRun(job).findElement(By.tagName("progress"));
        return bar.getAttribute("value") + "/" + bar.getAttribute("max");
    }

    /** The latest run's "processed of total" text. */
    public String latestProcessed(String job) {
        return latestRun(job).findElement(By.cssSelector("[id$=-processed]")).getText();
    }
}
