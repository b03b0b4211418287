package io.kopilka.e2e.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A marketer's editor of one message template, with its live preview. */
public class TemplatePage extends Page {

    TemplatePage(WebDriver driver) {
        super(driver);
        driver.findElement(By.id("template-form"));
    }

    /** Opens the templates from the navigation and the template of the event and language from its link. */
    public static TemplatePage open(WebDriver driver, String baseUrl, String event, String language) {
        driver.get(baseUrl + "/backoffice/notifications/templates");
        driver.findElement(By.id("edit-" + event + "-" + language)).click();
        return new TemplatePage(driver);
    }

    /** Types at the end of the subject, without saving. */
    public TemplatePage typeIntoSubject(String text) {
        driver.findElement(By.id("subject")).sendKeys(text);
        return this;
    }

    /** The preview's subject once it contains the text (htmx refreshes it shortly after typing). */
    public String previewSubjectContaining(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("preview-subject"), text));
        return driver.findElement(By.id("preview-subject")).getText();
    }

    /** The preview's e-mail text. */
    public String previewText() {
        WebElement html = driver.findElement(By.id("preview-html"));
        return html.getText();
    }
}
