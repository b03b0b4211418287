package io.kopilka.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The administrators' page of staff users. */
public class StaffPage extends Page {

    StaffPage(WebDriver driver) {
        super(driver);
        driver.findElement(By.id("create-staff-form"));
    }

    /** Opens the page through the navigation link. */
    public static StaffPage openFromNavigation(WebDriver driver) {
        driver.findElement(By.linkText("Сотрудники")).click();
        return new StaffPage(driver);
    }

    /** Fills the new-staff-user form with one role and submits it. */
    public StaffPage create(String login, String name, String role, String password) {
        driver.findElement(By.id("login")).sendKeys(login);
        driver.findElement(By.id("displayName")).sendKeys(name);
        driver.findElement(By.id("role-" + role)).click();
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("create-staff")).click();
        return new StaffPage(driver);
    }

    /** The notice shown after a change, or empty. */
    public String notice() {
        return driver.findElements(By.id("staff-notice")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The message next to the login field, or empty. */
    public String loginError() {
        return driver.findElements(By.id("login-error")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The state shown for the staff user with this login. */
    public String stateOf(String login) {
        return driver.findElement(By.id("staff-" + login)).findElement(By.cssSelector(".staff-state")).getText();
    }

    /** Disables or enables the staff user with this login. */
    public StaffPage toggleEnabled(String login) {
        driver.findElement(By.id("staff-" + login)).findElement(By.cssSelector("button.toggle-enabled")).click();
        return new StaffPage(driver);
    }

    /** Signs out and returns to the sign-in page. */
    public LoginPage signOut() {
        driver.findElement(By.id("sign-out")).click();
        return new LoginPage(driver);
    }
}
