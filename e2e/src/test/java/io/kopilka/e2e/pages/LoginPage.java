package io.kopilka.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The sign-in page. */
public class LoginPage extends Page {

    LoginPage(WebDriver driver) {
        super(driver);
        driver.findElement(By.id("login-form"));
    }

    /** Opens the sign-in page of the portal at {@code baseUrl}. */
    public static LoginPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/login");
        return new LoginPage(driver);
    }

    /** Signs in a customer, who lands in the cabinet. */
    public CabinetPage signInAsCustomer(String phone, String password) {
        submit(phone, password);
        return new CabinetPage(driver);
    }

    /** Signs in a member of staff, who lands in the back office. */
    public BackofficePage signInAsStaff(String userName, String password) {
        submit(userName, password);
        return new BackofficePage(driver);
    }

    /** Signs in with an initial password someone else chose, and is sent to choose one's own. */
    public PasswordPage signInWithInitialPassword(String login, String password) {
        submit(login, password);
        return new PasswordPage(driver);
    }

    /** Tries to sign in with wrong credentials and stays on the sign-in page. */
    public LoginPage signInExpectingFailure(String login, String password) {
        submit(login, password);
        return new LoginPage(driver);
    }

    /** The error shown next to the password field, or empty when there is none. */
    public String passwordError() {
        return driver.findElements(By.id("login-error")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** Whether the password field is marked invalid for assistive technology. */
    public boolean passwordMarkedInvalid() {
        return "true".equals(driver.findElement(By.id("password")).getAttribute("aria-invalid"));
    }

    /** Switches the page to English. */
    public LoginPage switchToEnglish() {
        clickLanguage("en");
        return new LoginPage(driver);
    }

    /** The label of the login field. */
    public String loginLabel() {
        return driver.findElement(By.cssSelector("label[for=username]")).getText();
    }

    private void submit(String login, String password) {
        driver.findElement(By.id("username")).sendKeys(login);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
    }
}
