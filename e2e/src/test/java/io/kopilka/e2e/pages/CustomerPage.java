package io.kopilka.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A customer's page in the back office: profile, balances, points history and, for administrators, adjustments. */
public class CustomerPage extends Page {

    CustomerPage(WebDriver driver) {
        super(driver);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("customer-name")));
    }

    /** Opens the page of the customer with this id directly. */
    public static CustomerPage open(WebDriver driver, String baseUrl, long customerId) {
        driver.get(baseUrl + "/backoffice/customers/" + customerId);
        return new CustomerPage(driver);
    }

    /** The customer's name as the heading shows it. */
    public String customerName() {
        return driver.findElement(By.id("customer-name")).getText();
    }

    /** The available points. */
    public long availablePoints() {
        return Long.parseLong(driver.findElement(By.id("balance-available")).getAttribute("data-points"));
    }

    /** The reasons of the history entries shown, newest first. */
    public List<String> historyReasons() {
        return driver.findElements(By.cssSelector("#history tr.history-row td.reason .reason-text")).stream()
                .map(WebElement::getText).toList();
    }

    /** The sources of the history entries that name one, newest first. */
    public List<String> historySources() {
        return driver.findElements(By.cssSelector("#history tr.history-row td.reason .source")).stream()
                .map(WebElement::getText).toList();
    }

    /** Whether the page offers the adjustment form (administrators only). */
    public boolean offersAdjustment() {
        return !driver.findElements(By.id("adjust-form")).isEmpty();
    }

    /** Fills and sends the adjustment form, and waits for htmx to swap in the answer. */
    public CustomerPage adjust(String points, String comment) {
        WebElement oldCard = driver.findElement(By.id("adjust-card"));
        WebElement pointsField = driver.findElement(By.id("points"));
        pointsField.clear();
        pointsField.sendKeys(points);
        driver.findElement(By.id("comment")).sendKeys(comment);
        driver.findElement(By.id("adjust-submit")).click();
        wait.until(ExpectedConditions.stalenessOf(oldCard));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("adjust-card")));
        return this;
    }

    /** The message the adjustment form shows after saving, or empty. */
    public String adjustmentNotice() {
        return driver.findElements(By.id("adjustment-notice")).stream().map(WebElement::getText).findFirst()
                .orElse("");
    }

    /** The message next to the points field, or empty. */
    public String pointsError() {
        return driver.findElements(By.id("points-error")).stream().map(WebElement::getText).findFirst().orElse("");
    }
}
