package io.kopilka.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The customer's cabinet. */
public class CabinetPage extends Page {

    CabinetPage(WebDriver driver) {
        super(driver);
        wait.until(ExpectedConditions.urlMatches("/cabinet$"));
    }

    /** The tiers the programme explains, lowest first. */
    public List<String> tierNames() {
        return driver.findElements(By.cssSelector(".tier h3")).stream().map(WebElement::getText).toList();
    }

    /** Switches the cabinet to English. */
    public CabinetPage switchToEnglish() {
        clickLanguage("en");
        return new CabinetPage(driver);
    }

    /** Opens a back-office address by typing it, as a curious customer might; the portal answers with its 403 page. */
    public ForbiddenPage openBackofficeByAddress(String baseUrl) {
        driver.get(baseUrl + "/backoffice");
        return new ForbiddenPage(driver);
    }

    /** Signs out and returns to the sign-in page. */
    public LoginPage signOut() {
        driver.findElement(By.id("sign-out")).click();
        return new LoginPage(driver);
    }
}
