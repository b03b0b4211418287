package io.kopilka.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** An administrator's form for one region: its name and minimum order for cashback. */
public class ProgrammeRegionPage extends Page {

    ProgrammeRegionPage(WebDriver driver) {
        super(driver);
        driver.findElement(By.id("region-form"));
    }

    /** Types the minimum order and saves; returns the programme page when saved. */
    public ProgrammePage saveMinimum(String minimum) {
        WebElement field = driver.findElement(By.id("minOrderForCashback"));
        field.clear();
        field.sendKeys(minimum);
        driver.findElement(By.id("save-region")).click();
        return new ProgrammePage(driver);
    }
}
