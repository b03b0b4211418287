package io.kopilka.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/** The page shown to a signed-in person who opens a page of another role. */
public class ForbiddenPage extends Page {

    ForbiddenPage(WebDriver driver) {
        super(driver);
        driver.findElement(By.id("forbidden"));
    }
}
