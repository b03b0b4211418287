package io.kopilka.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The customer's points history, newest first, with "show more" loading older entries in place. */
public class HistoryPage extends Page {

    HistoryPage(WebDriver driver) {
        super(driver);
        wait.until(ExpectedConditions.urlMatches("/cabinet/history"));
    }

    /** Opens the history directly. */
    public static HistoryPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/cabinet/history");
        return new HistoryPage(driver);
    }

    /** The reasons of the entries shown, in order. */
    public List<String> reasons() {
        return cells("td.reason");
    }

    /** The signed points of the entries shown, in order. */
    public List<String> points() {
        return cells("td.points");
    }

    /** The networks of the entries shown, in order. */
    public List<String> networks() {
        return cells("td.network");
    }

    /** Whether a "show more" button is offered. */
    public boolean offersMore() {
        return !driver.findElements(By.id("history-more")).isEmpty();
    }

    /** Presses "show more" and waits until the older entries have been added below. */
    public HistoryPage showMore() {
        int before = rows().size();
        WebElement more = driver.findElement(By.id("history-more"));
        more.click();
        wait.until(ExpectedConditions.stalenessOf(more));
        wait.until(driver -> rows().size() > before);
        return this;
    }

    /** The address shown now, to tell whether "show more" stayed on the page. */
    public String address() {
        return driver.getCurrentUrl();
    }

    private List<WebElement> rows() {
        return driver.findElements(By.cssSelector("#history tr.history-row"));
    }

    private List<String> cells(String selector) {
        return rows().stream().map(row -> row.findElement(By.cssSelector(selector)).getText()).toList();
    }
}
