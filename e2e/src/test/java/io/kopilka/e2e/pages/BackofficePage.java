package io.kopilka.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The back office's start page, whose system-status panel htmx loads after the page. */
public class BackofficePage extends Page {

    BackofficePage(WebDriver driver) {
        super(driver);
        wait.until(ExpectedConditions.urlMatches("/backoffice$"));
    }

    /** Waits for the status panel that htmx loads, and returns the database server it reports. */
    public String databaseShownInStatusPanel() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status-database"))).getText();
    }

    /** The time the status panel says it was checked at. */
    public String statusCheckedAt() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status-checked"))).getText();
    }

    /**
     * Signs out through an htmx POST, as an {@code hx-post} button would, and returns what htmx saw:
     * {@code "sent"}, or {@code "refused"} when the server answered with an error (such as 403 for a missing CSRF token).
     */
    public String signOutWithHtmx() {
        return (String) ((JavascriptExecutor) driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "document.body.addEventListener('htmx:responseError', function () { done('refused'); });"
                        + "htmx.ajax('POST', '/logout', {swap: 'none'}).then(function () { done('sent'); });");
    }

    /** Presses Refresh on the status panel and waits until htmx has swapped in a newer panel. */
    public BackofficePage refreshStatus() {
        var old = driver.findElement(By.id("status-panel"));
        driver.findElement(By.id("status-refresh")).click();
        wait.until(ExpectedConditions.stalenessOf(old));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status-database")));
        return this;
    }
}
