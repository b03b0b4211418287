package io.kopilka.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** "Choose your password": where a person who signed in with an initial password is sent until they choose one. */
public class PasswordPage extends Page {

    PasswordPage(WebDriver driver) {
        super(driver);
        wait.until(ExpectedConditions.urlMatches("/account/password"));
        driver.findElement(By.id("password-form"));
    }

    /** Whether the page says the person must choose a password before going on. */
    public boolean forced() {
        return !driver.findElements(By.id("password-forced")).isEmpty();
    }

    /** Tries to open another page by its address, and is sent back here. */
    public PasswordPage tryToOpen(String baseUrl, String path) {
        driver.get(baseUrl + path);
        return new PasswordPage(driver);
    }

    /** Chooses a password as a member of staff, who then lands in the back office. */
    public BackofficePage chooseAsStaff(String current, String chosen) {
        fill(current, chosen, chosen);
        return new BackofficePage(driver);
    }

    /** Chooses a password as a company buyer, who then lands in the company's cabinet. */
    public BusinessPage chooseAsBuyer(String current, String chosen) {
        fill(current, chosen, chosen);
        return new BusinessPage(driver);
    }

    /** Types the new password twice differently and stays on the page. */
    public PasswordPage chooseMismatched(String current, String chosen, String again) {
        fill(current, chosen, again);
        return new PasswordPage(driver);
    }

    /** The message next to the field with this id, or empty. */
    public String errorOf(String field) {
        return driver.findElements(By.id(field + "-error")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    private void fill(String current, String chosen, String again) {
        driver.findElement(By.id("currentPassword")).sendKeys(current);
        driver.findElement(By.id("newPassword")).sendKeys(chosen);
        driver.findElement(By.id("newPasswordAgain")).sendKeys(again);
        driver.findElement(By.id("password-submit")).click();
    }
}
