package io.kopilka.e2e.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** One company order: its lines' progress, its batches per destination and the points released so far. */
public class BusinessOrderPage extends Page {

    BusinessOrderPage(WebDriver driver) {
        super(driver);
        wait.until(ExpectedConditions.urlMatches("/business/orders/\\d+$"));
    }

    /** Reloads the page, as a buyer checking again would. */
    public BusinessOrderPage reload() {
        driver.navigate().refresh();
        return new BusinessOrderPage(driver);
    }

    /** The points released so far, as the digits of the figure ("562 балла" → 562). */
    public long releasedPoints() {
        return digits(driver.findElement(By.id("points-released")).getText());
    }

    /** The points still pending. */
    public long pendingPoints() {
        return digits(driver.findElement(By.id("points-pending")).getText());
    }

    /** The released-points bar's value and maximum. */
    public long[] releasedBar() {
        WebElement bar = driver.findElement(By.id("released-progress"));
        return new long[] {Long.parseLong(bar.getAttribute("value")), Long.parseLong(bar.getAttribute("max"))};
    }

    /** The destinations, in the order of their first batch. */
    public List<String> destinations() {
        return driver.findElements(By.cssSelector(".destination-name")).stream().map(WebElement::getText).toList();
    }

    /** The batches shipped to a destination whose points are released. */
    public List<String> settledBatches(String destination) {
        return destination(destination).findElements(By.cssSelector(".batch.batch-settled")).stream()
                .map(b -> b.getAttribute("data-shipment-id")).toList();
    }

    /** All batches shipped to a destination. */
    public List<String> batches(String destination) {
        return destination(destination).findElements(By.cssSelector(".batch")).stream()
                .map(b -> b.getAttribute("data-shipment-id")).toList();
    }

    /** Units of the line ordered, shipped, delivered and returned, as shown. */
    public int[] lineProgress(String lineId) {
        WebElement row = driver.findElement(By.cssSelector("#lines tr[data-line-id='" + lineId + "']"));
        return new int[] {number(row, "ordered"), number(row, "shipped"), number(row, "delivered"), number(row, "returned")};
    }

    private WebElement destination(String name) {
        return driver.findElement(By.xpath("//article[contains(@class,'destination')][.//h3[normalize-space()='" + name + "']]"));
    }

    private static int number(WebElement row, String cell) {
        return Integer.parseInt(row.findElement(By.cssSelector("td." + cell)).getText().trim());
    }

    private static long digits(String text) {
        return Long.parseLong(text.replaceAll("[^0-9]", ""));
    }
}
