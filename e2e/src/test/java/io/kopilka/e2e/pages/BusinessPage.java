package io.kopilka.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The B2B buyer's cabinet: the company's points and history. */
public class BusinessPage extends Page {

    BusinessPage(WebDriver driver) {
        super(driver);
        wait.until(ExpectedConditions.urlMatches("/business"));
    }

    /** Signs a buyer in on the sign-in page at {@code baseUrl}; buyers land here. */
    public static BusinessPage signIn(WebDriver driver, String baseUrl, String phone, String password) {
        LoginPage.open(driver, baseUrl);
        driver.findElement(By.id("username")).sendKeys(phone);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
        return new BusinessPage(driver);
    }

    /** The line naming the company. */
    public String company() {
        return driver.findElement(By.id("company-name")).getText();
    }

    /** The company's available points as shown. */
    public String availablePoints() {
        return driver.findElement(By.id("available-points")).getText();
    }

    /** The reasons of the company's history entries shown, in order. */
    public List<String> reasons() {
        return driver.findElements(By.cssSelector("#history tr.history-row td.reason")).stream()
                .map(WebElement::getText).toList();
    }
}
