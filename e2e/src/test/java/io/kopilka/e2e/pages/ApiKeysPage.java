package io.kopilka.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The administrators' page of integration API keys. */
public class ApiKeysPage extends Page {

    ApiKeysPage(WebDriver driver) {
        super(driver);
        driver.findElement(By.id("issue-form"));
    }

    /** Opens the page directly. */
    public static ApiKeysPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/backoffice/api-keys");
        return new ApiKeysPage(driver);
    }

    /** Issues an orders key for {@code network} and returns the key the page shows once. */
    public String issueOrdersKey(String name, String network) {
        WebElement oldCard = driver.findElement(By.id("issue-card"));
        driver.findElement(By.id("name")).sendKeys(name);
        new Select(driver.findElement(By.id("scope"))).selectByValue("ORDERS");
        new Select(driver.findElement(By.id("network"))).selectByValue(network);
        driver.findElement(By.id("issue-key")).click();
        wait.until(ExpectedConditions.stalenessOf(oldCard));
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issued-key-value"))).getText();
    }

    /** Submits the form with an empty name and returns the message shown next to the name field. */
    public String issueWithoutName() {
        WebElement oldCard = driver.findElement(By.id("issue-card"));
        driver.findElement(By.id("issue-key")).click();
        wait.until(ExpectedConditions.stalenessOf(oldCard));
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("name-error"))).getText();
    }

    /** The state shown for the key of integration {@code name}. */
    public String stateOf(String name) {
        return row(name).findElement(By.cssSelector(".pill")).getText();
    }

    /** Revokes the key of integration {@code name}, confirming the browser's question. */
    public ApiKeysPage revoke(String name) {
        WebElement oldList = driver.findElement(By.id("api-key-list"));
        row(name).findElement(By.cssSelector("button.revoke")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.stalenessOf(oldList));
        return new ApiKeysPage(driver);
    }

    /** Opens the audit log through the navigation. */
    public AuditPage openAuditLog() {
        driver.findElement(By.linkText("Журнал")).click();
        return new AuditPage(driver);
    }

    private WebElement row(String name) {
        return driver.findElements(By.cssSelector("#keys tbody tr")).stream()
                .filter(tr -> tr.findElement(By.tagName("td")).getText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("No key for " + name));
    }
}
