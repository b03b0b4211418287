package io.kopilka.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Finance's queue of payouts waiting for a decision. */
public class PayoutQueuePage extends Page {

    PayoutQueuePage(WebDriver driver) {
        super(driver);
        driver.findElement(By.id("payouts-queue"));
    }

    /** Opens the queue directly. */
    public static PayoutQueuePage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/backoffice/payouts");
        return new PayoutQueuePage(driver);
    }

    /** Who asked for each waiting payout, oldest first. */
    public List<String> requesters() {
        return driver.findElements(By.cssSelector("#payouts .payout-row .payout-customer")).stream()
                .map(WebElement::getText).toList();
    }

    /** Approves the first waiting payout of {@code requester}, confirming the browser's question. */
    public PayoutQueuePage approveFirstOf(String requester) {
        return decide(requester, "button.approve");
    }

    /** Rejects the first waiting payout of {@code requester}, confirming the browser's question. */
    public PayoutQueuePage rejectFirstOf(String requester) {
        return decide(requester, "button.reject");
    }

    /** The message about the last decision, or empty. */
    public String notice() {
        return driver.findElements(By.id("payout-notice")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    private PayoutQueuePage decide(String requester, String button) {
        WebElement queue = driver.findElement(By.id("payouts-queue"));
        driver.findElements(By.cssSelector("#payouts .payout-row")).stream()
                .filter(row -> row.findElement(By.cssSelector(".payout-customer")).getText().equals(requester))
                .findFirst().orElseThrow(() -> new AssertionError("No payout of " + requester))
                .findElement(By.cssSelector(button)).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.stalenessOf(queue));
        return new PayoutQueuePage(driver);
    }
}
