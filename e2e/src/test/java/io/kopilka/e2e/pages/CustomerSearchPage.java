package io.kopilka.e2e.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The staff's customer search: one field, results below it, updated in place by htmx. */
public class CustomerSearchPage extends Page {

    CustomerSearchPage(WebDriver driver) {
        super(driver);
        driver.findElement(By.id("customer-search"));
    }

    /** Opens the search page directly. */
    public static CustomerSearchPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/backoffice/customers");
        return new CustomerSearchPage(driver);
    }

    /** Types the query as a consultant would, presses Enter, and waits for the results of exactly this query. */
    public CustomerSearchPage searchFor(String query) {
        WebElement field = driver.findElement(By.id("q"));
        field.clear();
        field.sendKeys(query);
        field.sendKeys(Keys.ENTER);
        // typing also searches, 400 ms after the last key: wait until no search is running and the results of the
        // whole query stay put
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement results = d.findElement(By.id("search-results"));
            if (!query.strip().equals(results.getAttribute("data-query")) || searching(d)) {
                return false;
            }
            pause(Duration.ofMillis(700));
            try {
                return !searching(d) && query.strip().equals(results.getAttribute("data-query"));
            } catch (StaleElementReferenceException replaced) {
                return false;
            }
        });
        return this;
    }

    private static boolean searching(WebDriver driver) {
        String classes = driver.findElement(By.id("customer-search")).getAttribute("class");
        return classes != null && classes.contains("htmx-request");
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The names in the results, in their order. */
    public List<String> resultNames() {
        return driver.findElements(By.cssSelector("#customers .customer-link")).stream().map(WebElement::getText)
                .toList();
    }

    /** The message shown when nobody was found, or empty. */
    public String noResultsMessage() {
        return driver.findElements(By.id("no-results")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** What the search field holds now. */
    public String query() {
        return driver.findElement(By.id("q")).getAttribute("value");
    }

    /** Opens the page of the customer listed under {@code name}. */
    public CustomerPage openCustomer(String name) {
        // a late search for the same query may swap the results under the pointer: find the link again then
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElements(By.cssSelector("#customers .customer-link")).stream()
                    .filter(link -> link.getText().equals(name))
                    .findFirst().orElseThrow(() -> new AssertionError("No customer " + name + " in the results"))
                    .click();
            return true;
        });
        return new CustomerPage(driver);
    }
}
