package io.kopilka.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The company's orders as a buyer sees them. */
public class BusinessOrdersPage extends Page {

    BusinessOrdersPage(WebDriver driver) {
        super(driver);
        wait.until(ExpectedConditions.urlMatches("/business/orders$"));
    }

    /** Opens the company's orders through the navigation of the company cabinet. */
    public static BusinessOrdersPage openFrom(BusinessPage business, WebDriver driver) {
        driver.findElement(By.cssSelector(".mainnav a[href='/business/orders']")).click();
        return new BusinessOrdersPage(driver);
    }

    /** The order numbers listed, newest first. */
    public List<String> orderNumbers() {
        return driver.findElements(By.cssSelector("#orders .order-link")).stream().map(WebElement::getText).toList();
    }

    /** The points' state shown for the order. */
    public String pointsState(String externalId) {
        return row(externalId).findElement(By.cssSelector(".state-badge")).getText();
    }

    /** Opens the order. */
    public BusinessOrderPage open(String externalId) {
        row(externalId).findElement(By.cssSelector(".order-link")).click();
        return new BusinessOrderPage(driver);
    }

    private WebElement row(String externalId) {
        return driver.findElement(By.xpath("//tr[contains(@class,'order-row')][.//a[normalize-space()='" + externalId + "']]"));
    }
}
