package io.kopilka.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The programme page of the back office: its rules, tiers, networks and regions, with edit links for administrators. */
public class ProgrammePage extends Page {

    ProgrammePage(WebDriver driver) {
        super(driver);
        driver.findElement(By.id("policies"));
    }

    /** Opens the programme page. */
    public static ProgrammePage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/backoffice/programme");
        return new ProgrammePage(driver);
    }

    /** The monthly cashback cap as the page states it, e.g. "3 000 баллов". */
    public String monthlyCap() {
        return driver.findElement(By.id("policy-cap")).getText();
    }

    /** A region's minimum order for cashback as listed, e.g. "10 000". */
    public String regionMinimum(String regionCode) {
        return driver.findElement(By.id("minimum-" + regionCode)).getText();
    }

    /** The notice shown after saving a setting. */
    public String savedNotice() {
        return driver.findElement(By.id("saved-setting")).getText();
    }

    /** Follows the "edit the rules" link. */
    public ProgrammePoliciesPage editPolicies() {
        driver.findElement(By.id("edit-policies")).click();
        return new ProgrammePoliciesPage(driver);
    }

    /** Follows a region's "edit" link. */
    public ProgrammeRegionPage editRegion(String regionCode) {
        driver.findElement(By.id("edit-region-" + regionCode)).click();
        return new ProgrammeRegionPage(driver);
    }
}
