package io.kopilka.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The customer's cabinet: their balances with explanations, the points expiring soon, their card and tier. */
public class CabinetPage extends Page {

    CabinetPage(WebDriver driver) {
        super(driver);
        wait.until(ExpectedConditions.urlMatches("/cabinet$"));
    }

    /** Opens the cabinet directly. */
    public static CabinetPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/cabinet");
        return new CabinetPage(driver);
    }

    /** The tiers the programme explains, lowest first. */
    public List<String> tierNames() {
        return driver.findElements(By.cssSelector(".tier h3")).stream().map(WebElement::getText).toList();
    }

    /** The tier marked as the customer's own among the tier cards. */
    public String highlightedTier() {
        return driver.findElement(By.cssSelector(".tier[aria-current=true] h3")).getText();
    }

    /** The tier the member card names. */
    public String tierOnCard() {
        return driver.findElement(By.cssSelector("#current-tier strong")).getText();
    }

    /** The available points as shown, e.g. "1 350". */
    /** The card number shown on the member card. */
    public String cardNumber() {
        return driver.findElement(By.id("card-number")).getText();
    }

    /** Whether the card's barcode and QR code pictures were loaded by the browser. */
    public boolean cardCodesShown() {
        return driver.findElements(By.cssSelector(".card-codes img")).stream()
                .allMatch(img -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", img)))
                && driver.findElements(By.cssSelector(".card-codes img")).size() == 2;
    }

    /** The available points as shown. */
    public String availablePoints() {
        return driver.findElement(By.id("available-points")).getText();
    }

    /** The pending points as shown. */
    public String pendingPoints() {
        return driver.findElement(By.id("pending-points")).getText();
    }

    /** The plain-words explanation next to the available points. */
    public String availableExplanation() {
        return driver.findElement(By.cssSelector("#available .figure-explain")).getText();
    }

    /** The plain-words explanation next to the pending points. */
    public String pendingExplanation() {
        return driver.findElement(By.cssSelector("#pending .figure-explain")).getText();
    }

    /** The sentences about points expiring soon, e.g. "300 баллов сгорят 02.12.2026". */
    public List<String> expiringPoints() {
        return driver.findElements(By.cssSelector("#expiring .expiring-item")).stream().map(WebElement::getText).toList();
    }

    /** Opens the history through the navigation. */
    public HistoryPage openHistory() {
        driver.findElement(By.cssSelector(".mainnav a[href='/cabinet/history']")).click();
        return new HistoryPage(driver);
    }

    /** Opens the payouts page through the navigation. */
    public PayoutsPage openPayouts() {
        driver.findElement(By.cssSelector(".mainnav a[href='/cabinet/payouts']")).click();
        return new PayoutsPage(driver);
    }

    /** Switches the cabinet to English. */
    public CabinetPage switchToEnglish() {
        clickLanguage("en");
        return new CabinetPage(driver);
    }

    /** Opens a back-office address by typing it, as a curious customer might; the portal answers with its 403 page. */
    public ForbiddenPage openBackofficeByAddress(String baseUrl) {
        driver.get(baseUrl + "/backoffice");
        return new ForbiddenPage(driver);
    }

    /** Signs out and returns to the sign-in page. */
    public LoginPage signOut() {
        driver.findElement(By.id("sign-out")).click();
        return new LoginPage(driver);
    }
}
