package io.kopilka.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The promotion wizard: the type tiles, then the type's short form with its preview and launch buttons. */
public class PromotionWizardPage extends Page {

    PromotionWizardPage(WebDriver driver) {
        super(driver);
    }

    /** Opens step 1 (the types) from the promotions list's "New promotion" button. */
    public static PromotionWizardPage start(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/backoffice/promotions");
        driver.findElement(By.id("new-promotion")).click();
        driver.findElement(By.id("type-PAYMENT_CASHBACK"));
        return new PromotionWizardPage(driver);
    }

    /** Step 1: picks the type. */
    public PromotionWizardPage choose(String type) {
        driver.findElement(By.id("type-" + type)).click();
        driver.findElement(By.id("promotion-form"));
        return new PromotionWizardPage(driver);
    }

    /** Types into a field, replacing what was there. */
    public PromotionWizardPage type(String field, String value) {
        WebElement input = driver.findElement(By.id(field));
        input.clear();
        input.sendKeys(value);
        return this;
    }

    /** Picks an option of a select by its value. */
    public PromotionWizardPage select(String field, String value) {
        new Select(driver.findElement(By.id(field))).selectByValue(value);
        return this;
    }

    /** Sets a date field as the browser's date picker would ({@code yyyy-MM-dd}). */
    public PromotionWizardPage date(String field, String isoDate) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
                driver.findElement(By.id(field)), isoDate);
        return this;
    }

    /** Opens "More settings" and sets the start (as the browser's date-time picker would). */
    public PromotionWizardPage startsAt(String localDateTime) {
        driver.findElement(By.cssSelector("#more-settings summary")).click();
        WebElement start = driver.findElement(By.id("startsAt"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", start, localDateTime);
        return this;
    }

    /** Step 3: the preview; returns the eligible customers as shown. */
    public String preview() {
        driver.findElement(By.id("preview-button")).click();
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("preview-eligible"))).getText();
    }

    /** The error next to a field. */
    public String errorOf(String field) {
        return driver.findElement(By.id(field + "-error")).getText();
    }

    /** Launches and lands on the promotion's page; returns its status as shown there. */
    public String launch() {
        driver.findElement(By.id("launch-button")).click();
        // the click submits the form; the promotion's page arrives with the next navigation, not at once
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("promotion-status"))).getText();
    }
}
