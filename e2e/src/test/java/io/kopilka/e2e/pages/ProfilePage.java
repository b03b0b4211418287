package io.kopilka.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The customer's profile page in the cabinet. */
public class ProfilePage extends Page {

    ProfilePage(WebDriver driver) {
        super(driver);
        driver.findElement(By.id("profile-form"));
    }

    /** Opens the page through the navigation link. */
    public static ProfilePage openFromNavigation(WebDriver driver) {
        driver.findElement(By.linkText("Профиль")).click();
        return new ProfilePage(driver);
    }

    /** Replaces the text of a field. */
    public ProfilePage type(String field, String value) {
        WebElement input = driver.findElement(By.id(field));
        input.clear();
        input.sendKeys(value);
        return this;
    }

    /** Sets the birth date (ISO form); date inputs take their value through script in every locale. */
    public ProfilePage birthDate(String isoDate) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]",
                driver.findElement(By.id("birthDate")), isoDate);
        return this;
    }

    /** Ticks or clears a consent: {@code Email}, {@code Sms} or {@code Push}. */
    public ProfilePage consent(String channel, boolean given) {
        WebElement box = driver.findElement(By.id("consent" + channel + "1"));
        if (box.isSelected() != given) {
            box.click();
        }
        return this;
    }

    /** Whether a consent is ticked. */
    public boolean consentGiven(String channel) {
        return driver.findElement(By.id("consent" + channel + "1")).isSelected();
    }

    /** Submits the form. */
    public ProfilePage save() {
        driver.findElement(By.id("save-profile")).click();
        return new ProfilePage(driver);
    }

    /** The value of a field as shown. */
    public String value(String field) {
        return driver.findElement(By.id(field)).getAttribute("value");
    }

    /** The saved notice, or empty. */
    public String notice() {
        return driver.findElements(By.id("profile-saved")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The message next to a field, or empty. */
    public String errorOf(String field) {
        return driver.findElements(By.id(field + "-error")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The phone shown read-only. */
    public String phone() {
        return driver.findElement(By.id("profile-phone")).getText();
    }
}
