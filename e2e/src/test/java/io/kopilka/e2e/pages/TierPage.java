package io.kopilka.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** An administrator's form for one tier of the programme. */
public class TierPage extends Page {

    TierPage(WebDriver driver) {
        super(driver);
        driver.findElement(By.id("tier-form"));
    }

    /** Opens the programme page and the tier's form from its "Edit" link. */
    public static TierPage open(WebDriver driver, String baseUrl, String tierCode) {
        driver.get(baseUrl + "/backoffice/programme");
        driver.findElement(By.id("edit-" + tierCode)).click();
        return new TierPage(driver);
    }

    /** Sets the cashback and saves; returns the notice the programme page shows. */
    public String changeCashback(String percent) {
        WebElement field = driver.findElement(By.id("cashbackPercent"));
        field.clear();
        field.sendKeys(percent);
        driver.findElement(By.id("save-tier")).click();
        return driver.findElement(By.id("saved-notice")).getText();
    }

    /** The cashback the programme page lists for a tier, after saving. */
    public static String cashbackListed(WebDriver driver, String tierName) {
        return driver.findElements(By.cssSelector("#tiers tbody tr")).stream()
                .filter(row -> row.findElements(By.tagName("td")).get(1).getText().equals(tierName))
                .map(row -> row.findElements(By.tagName("td")).get(3).getText())
                .findFirst().orElseThrow();
    }
}
