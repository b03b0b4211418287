package io.kopilka.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The customer's withdrawal of points to a card: the form, and the list of their requests. */
public class PayoutsPage extends Page {

    PayoutsPage(WebDriver driver) {
        super(driver);
        wait.until(ExpectedConditions.urlMatches("/cabinet/payouts"));
        driver.findElement(By.id("payout-form"));
    }

    /** Opens the page directly. */
    public static PayoutsPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/cabinet/payouts");
        return new PayoutsPage(driver);
    }

    /** The available points the form says can be withdrawn, e.g. "6 550 баллов". */
    public String available() {
        return driver.findElement(By.cssSelector("#payout-available strong")).getText();
    }

    /** Types the points and presses Withdraw; waits until htmx has swapped the form. */
    public PayoutsPage request(String points) {
        WebElement card = driver.findElement(By.id("payout-card"));
        WebElement field = driver.findElement(By.id("points"));
        field.clear();
        field.sendKeys(points);
        driver.findElement(By.id("request-payout")).click();
        wait.until(ExpectedConditions.stalenessOf(card));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("payout-card")));
        return this;
    }

    /** The confirmation shown after a request, or empty when there is none. */
    public String confirmation() {
        return driver.findElements(By.id("payout-requested")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The message next to the points field, or empty when there is none. */
    public String pointsError() {
        return driver.findElements(By.id("points-error")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** Whether the points field is marked invalid for assistive technology. */
    public boolean pointsMarkedInvalid() {
        return "true".equals(driver.findElement(By.id("points")).getAttribute("aria-invalid"));
    }

    /** Whether the message is tied to the field for assistive technology. */
    public boolean pointsErrorDescribesField() {
        String describedBy = driver.findElement(By.id("points")).getAttribute("aria-describedby");
        return describedBy != null && List.of(describedBy.split(" ")).contains("points-error");
    }

    /** The requests listed, each as "date | points | status", newest first. */
    public List<String> requests() {
        return driver.findElements(By.cssSelector("#payouts tr.payout-row")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
                .map(cells -> String.join(" | ", cells))
                .toList();
    }
}
