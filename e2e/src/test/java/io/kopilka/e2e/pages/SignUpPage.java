package io.kopilka.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The page where a new customer joins the programme. */
public class SignUpPage extends Page {

    SignUpPage(WebDriver driver) {
        super(driver);
        driver.findElement(By.id("signup-form"));
    }

    /** Opens it from the sign-in page's link. */
    public static SignUpPage fromLogin(LoginPage login, WebDriver driver) {
        driver.findElement(By.id("to-signup")).click();
        return new SignUpPage(driver);
    }

    /** Joins with a phone, a name and a password, and lands in the cabinet. */
    public CabinetPage join(String phone, String firstName, String password) {
        fill(phone, firstName, password, password);
        return new CabinetPage(driver);
    }

    /** Tries to join with passwords that differ and stays on this page. */
    public SignUpPage joinWithDifferentPasswords(String phone, String password, String again) {
        fill(phone, "", password, again);
        return new SignUpPage(driver);
    }

    /** The message shown next to a field, or empty. */
    public String errorOf(String field) {
        return driver.findElements(By.id(field + "-error")).stream().map(e -> e.getText()).findFirst().orElse("");
    }

    private void fill(String phone, String firstName, String password, String again) {
        driver.findElement(By.id("phone")).sendKeys(phone);
        driver.findElement(By.id("firstName")).sendKeys(firstName);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("passwordAgain")).sendKeys(again);
        driver.findElement(By.id("sign-up")).click();
    }
}
