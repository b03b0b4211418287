package io.kopilka.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The company buyers page of the B2B cabinet. */
public class BuyersPage extends Page {

    BuyersPage(WebDriver driver) {
        super(driver);
        driver.findElement(By.id("buyer-list"));
    }

    /** Opens the page through the navigation link. */
    public static BuyersPage openFromNavigation(WebDriver driver) {
        driver.findElement(By.linkText("Покупатели компании")).click();
        return new BuyersPage(driver);
    }

    /** Invites a buyer and returns the page with the one-time password. */
    public BuyersPage invite(String phone, String firstName) {
        driver.findElement(By.id("phone")).sendKeys(phone);
        driver.findElement(By.id("firstName")).sendKeys(firstName);
        driver.findElement(By.id("invite-buyer")).click();
        return new BuyersPage(driver);
    }

    /** The one-time password shown after an invite. */
    public String invitedPassword() {
        return driver.findElement(By.id("invited-password")).getText();
    }

    /** The message next to the phone field, or empty. */
    public String phoneError() {
        return driver.findElements(By.id("phone-error")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The phones of the buyers listed. */
    public List<String> phones() {
        return driver.findElements(By.cssSelector("#buyers .buyer-phone")).stream().map(WebElement::getText).toList();
    }

    /** Whether the invite form is offered. */
    public boolean canInvite() {
        return !driver.findElements(By.id("invite-form")).isEmpty();
    }

    /** Signs out and returns to the sign-in page. */
    public LoginPage signOut() {
        driver.findElement(By.id("sign-out")).click();
        return new LoginPage(driver);
    }
}
