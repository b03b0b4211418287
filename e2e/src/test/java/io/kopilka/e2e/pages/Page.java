package io.kopilka.e2e.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page of the portal offers: its heading, its language switch and the sign-out button. */
public abstract class Page {

    protected final WebDriver driver;
    protected final WebDriverWait wait;

    protected Page(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
    }

    /** The page's main heading. */
    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    /** The language the page says it is in ({@code ru} or {@code en}). */
    public String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** The path of the page shown now. */
    public String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    protected void clickLanguage(String language) {
        driver.findElement(By.id("lang-" + language)).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
    }
}
