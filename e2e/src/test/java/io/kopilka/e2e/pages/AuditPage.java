package io.kopilka.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The audit log of staff changes. */
public class AuditPage extends Page {

    AuditPage(WebDriver driver) {
        super(driver);
        driver.findElement(By.id("audit-filters"));
    }

    /** Each shown entry as "actor action subject". */
    public List<String> entries() {
        return driver.findElements(By.cssSelector("tr.audit-row")).stream()
                .map(row -> row.findElements(By.tagName("td")))
                .map(cells -> cells.get(1).getText() + " " + cells.get(2).getText() + " " + cells.get(3).getText())
                .toList();
    }

    /** Filters by action prefix. */
    public AuditPage filterByAction(String action) {
        WebElement field = driver.findElement(By.id("action"));
        field.clear();
        field.sendKeys(action);
        driver.findElement(By.id("audit-filter")).click();
        return new AuditPage(driver);
    }
}
