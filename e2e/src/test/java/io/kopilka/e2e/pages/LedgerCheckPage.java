package io.kopilka.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The administrators' check of the whole points ledger. */
public class LedgerCheckPage extends Page {

    LedgerCheckPage(WebDriver driver) {
        super(driver);
        driver.findElement(By.id("ledger-check"));
    }

    /** Opens the check directly (it runs on opening). */
    public static LedgerCheckPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/backoffice/ledger");
        return new LedgerCheckPage(driver);
    }

    /** The verdict: the "all adds up" message, or the problems message. */
    public String verdict() {
        return driver.findElements(By.cssSelector("#ledger-ok, #ledger-problems")).stream()
                .map(WebElement::getText).findFirst().orElse("");
    }

    /** Runs the check again with htmx and waits for the new result. */
    public LedgerCheckPage checkAgain() {
        WebElement old = driver.findElement(By.id("ledger-check"));
        driver.findElement(By.id("ledger-check-again")).click();
        wait.until(ExpectedConditions.stalenessOf(old));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("ledger-check")));
        return this;
    }
}
