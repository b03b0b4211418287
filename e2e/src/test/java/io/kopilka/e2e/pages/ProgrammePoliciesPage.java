package io.kopilka.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** An administrator's form for the programme's rules. */
public class ProgrammePoliciesPage extends Page {

    ProgrammePoliciesPage(WebDriver driver) {
        super(driver);
        driver.findElement(By.id("policies-form"));
    }

    /** Types the monthly cap and saves; returns the programme page when saved. */
    public ProgrammePage saveMonthlyCap(String cap) {
        WebElement field = driver.findElement(By.id("monthlyCashbackCap"));
        field.clear();
        field.sendKeys(cap);
        driver.findElement(By.id("save-policies")).click();
        return new ProgrammePage(driver);
    }

    /** Types the settlement day after choosing monthly settlement and saves, expecting the form back with a message. */
    public String saveSettlementDayExpectingError(String day) {
        driver.findElement(By.id("availability-monthly")).click();
        WebElement field = driver.findElement(By.id("settlementDay"));
        field.clear();
        field.sendKeys(day);
        driver.findElement(By.id("save-policies")).click();
        return driver.findElement(By.id("settlementDay-error")).getText();
    }
}
