package io.kopilka.e2e.pages;

import org.openqa.selenium.By;
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

    /** Presses Refresh on the status panel and waits until htmx has swapped in a newer panel. */
    public BackofficePage refreshStatus() {
        var old = driver.findElement(By.id("status-panel"));
        driver.findElement(By.id("status-refresh")).click();
        wait.until(ExpectedConditions.stalenessOf(old));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status-database")));
        return this;
    }
}
