package io.kopilka.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Merging a duplicate registration into a customer (administrators): find the duplicate by phone or card, check
 * both people side by side, confirm. Also reads what a merged duplicate's page says.
 */
public class CustomerMergePage extends Page {

    CustomerMergePage(WebDriver driver) {
        super(driver);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("merge-find-form")));
    }

    /** Starts a merge from the customer page's panel with the duplicate's phone or card. */
    public static CustomerMergePage startFrom(CustomerPage customer, String phoneOrCard) {
        WebDriver driver = customer.driver;
        driver.findElement(By.id("merge-start-query")).sendKeys(phoneOrCard);
        driver.findElement(By.id("merge-start-submit")).click();
        return new CustomerMergePage(driver);
    }

    /** Whether the customer page offers to merge a duplicate into it (administrators, not merged customers). */
    public static boolean isOfferedOn(CustomerPage customer) {
        return !customer.driver.findElements(By.id("merge-start-form")).isEmpty();
    }

    /** The name of the customer a merged duplicate's page says it was merged into, or empty. */
    public static String mergedIntoOn(CustomerPage customer) {
        return customer.driver.findElements(By.id("merged-into-link")).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }

    /** Looks for another duplicate. */
    public CustomerMergePage find(String phoneOrCard) {
        WebElement field = driver.findElement(By.id("merge-query"));
        field.clear();
        field.sendKeys(phoneOrCard);
        driver.findElement(By.id("merge-find-submit")).click();
        return new CustomerMergePage(driver);
    }

    /** The message next to the phone-or-card field, or empty. */
    public String queryError() {
        return driver.findElements(By.id("merge-query-error")).stream().map(WebElement::getText).findFirst()
                .orElse("");
    }

    /** The duplicate's available points on the confirmation step. */
    public long duplicateAvailable() {
        return points("merge-duplicate");
    }

    /** The kept customer's available points on the confirmation step. */
    public long keptAvailable() {
        return points("merge-kept");
    }

    /** The id of the duplicate found, from the link to its page on the confirmation step. */
    public long duplicateId() {
        String href = driver.findElement(By.cssSelector("#merge-duplicate .merge-name a")).getAttribute("href");
        return Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
    }

    /** Confirms the merge and lands on the kept customer's page. */
    public CustomerPage confirm() {
        driver.findElement(By.id("merge-confirm-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("merge-notice")));
        return new CustomerPage(driver);
    }

    private long points(String side) {
        return Long.parseLong(driver.findElement(By.cssSelector("#" + side + " .merge-available"))
                .getAttribute("data-points"));
    }
}
