package io.kopilka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.e2e.pages.BusinessPage;
import io.kopilka.e2e.pages.CustomerSearchPage;
import io.kopilka.e2e.support.EndToEndTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every kind of person goes through their pages in Chromium under the portal's Content-Security-Policy (no inline
 * script or style): the browser reports no violation, and htmx, Chart.js, the card's pictures, the offer sheet and
 * Swagger UI still work (docs/security.md).
 */
class ContentSecurityPolicyTest extends EndToEndTest {

    private final List<String> violations = new ArrayList<>();

    private WebDriver driver() {
        return browser.driver();
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver(), Duration.ofSeconds(seconds));
    }

    /** Chromium writes each refused script, style, picture or frame to the console with these words. */
    private static boolean isViolation(String message) {
        return message.contains("Content Security Policy") || message.contains("Content-Security-Policy");
    }

    private void collectViolations(String where) {
        browser.consoleLog().stream().filter(ContentSecurityPolicyTest::isViolation)
                .map(message -> where + ": " + message).forEach(violations::add);
    }

    private void visit(String... paths) {
        for (String path : paths) {
            driver().get(portal.baseUrl() + path);
            assertThat(driver().findElements(By.id("main"))).as(path + " rendered in the layout").isNotEmpty();
            collectViolations(path);
        }
    }

    private Object script(String code) {
        return ((JavascriptExecutor) driver()).executeScript(code);
    }

    private void signOut() {
        driver().manage().deleteAllCookies();
    }

    @Test
    void theBrowserReportsInlineScriptAndStyleAsViolationsSoTheOtherChecksCanSeeThem() {
        visit("/login");
        assertThat(violations).as("the sign-in page itself").isEmpty();

        script("document.body.insertAdjacentHTML('beforeend', '<p id=\"styled\" style=\"color: rgb(255, 0, 0)\">x</p>');"
                + "var s = document.createElement('script'); s.textContent = 'window.inlineRan = true;';"
                + "document.body.appendChild(s);");

        assertThat(script("return window.inlineRan === true")).as("the inline script did not run").isEqualTo(false);
        assertThat(script("return getComputedStyle(document.getElementById('styled')).color"))
                .as("the inline style was not applied").isNotEqualTo("rgb(255, 0, 0)");
        collectViolations("/login with injected markup");
        assertThat(violations).as("both refusals reach the console").hasSizeGreaterThanOrEqualTo(2)
                .anySatisfy(v -> assertThat(v).contains("inline script"))
                .anySatisfy(v -> assertThat(v).contains("inline style"));
    }

    @Test
    void visitorsAndCustomersPagesRunWithoutViolationsAndShowTheCardsPictures() {
        visit("/login", "/login?error", "/signup");

        loginPage().signInAsCustomer("+79990000001", PASSWORD);
        collectViolations("sign-in");
        visit("/cabinet");
        for (String picture : List.of("img.barcode", "img.qr")) {
            WebElement image = driver().findElement(By.cssSelector(picture));
            ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView()", image); // loading="lazy"
            waitUpTo(5).until(d -> ((Number) ((JavascriptExecutor) d)
                    .executeScript("return arguments[0].naturalWidth", image)).intValue() > 0);
        }
        visit("/cabinet/orders", "/cabinet/history", "/cabinet/offers", "/cabinet/payouts", "/cabinet/profile",
                "/account/password");

        assertThat(violations).isEmpty();
    }

    @Test
    void buyersPagesRunWithoutViolations() {
        BusinessPage.signIn(driver(), portal.baseUrl(), "+79990000011", PASSWORD);
        collectViolations("sign-in");
        visit("/business", "/business/orders", "/business/buyers");

        assertThat(violations).isEmpty();
    }

    @Test
    void staffPagesRunWithoutViolationsChartsAreDrawnAndSwaggerUiOpens() {
        loginPage().signInAsStaff("admin", PASSWORD);
        visit("/backoffice", "/backoffice/customers", "/backoffice/companies", "/backoffice/orders",
                "/backoffice/promotions", "/backoffice/programme", "/backoffice/notifications/templates",
                "/backoffice/notifications/outbox", "/backoffice/jobs", "/backoffice/ledger", "/backoffice/status",
                "/backoffice/api-keys", "/backoffice/staff", "/backoffice/request-log", "/backoffice/audit");

        driver().get(portal.baseUrl() + "/backoffice/reports");
        waitUpTo(10).until(d -> !d.findElements(By.cssSelector("canvas[data-chart]")).isEmpty()
                && d.findElements(By.cssSelector("canvas[data-chart]:not([data-rendered='true'])")).isEmpty());
        collectViolations("/backoffice/reports");

        driver().get(portal.baseUrl() + "/swagger-ui/index.html");
        waitUpTo(20).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .info .title")));
        collectViolations("/swagger-ui/index.html");
        signOut();

        loginPage().signInAsStaff("finance", PASSWORD);
        visit("/backoffice/payouts", "/backoffice/jobs", "/backoffice/customers");
        signOut();

        loginPage().signInAsStaff("marketer", PASSWORD);
        visit("/backoffice/promotions", "/backoffice/reports", "/backoffice/notifications/templates");

        assertThat(violations).isEmpty();
    }

    @Test
    void theHtmxCustomerSearchAndThePrintableOfferSheetWorkUnderThePolicy() {
        loginPage().signInAsStaff("consultant", PASSWORD);

        CustomerSearchPage search = CustomerSearchPage.open(driver(), portal.baseUrl()).searchFor("+79990000003");
        assertThat(search.resultNames()).as("results swapped in by htmx").containsExactly("Орлова Вера");
        collectViolations("customer search");
        search.openCustomer("Орлова Вера");
        collectViolations("customer page");

        driver().findElement(By.id("to-offer")).click();
        waitUpTo(5).until(ExpectedConditions.presenceOfElementLocated(By.id("offer-form")));
        driver().findElement(By.id("items0.name")).sendKeys("Смартфон Acme X");
        driver().findElement(By.id("items0.price")).sendKeys("24990");
        driver().findElement(By.id("make-sheet")).click();
        waitUpTo(5).until(ExpectedConditions.presenceOfElementLocated(By.id("offer-sheet")));
        collectViolations("offer sheet");

        // window.print() would open the print dialog; record the call instead, to see the button's listener runs
        script("window.printed = false; window.print = function () { window.printed = true; };");
        driver().findElement(By.id("print-sheet")).click();
        assertThat(script("return window.printed")).as("the print button prints").isEqualTo(true);
        browser.screenshot("csp-offer-sheet", 1280);
        collectViolations("print");

        assertThat(violations).isEmpty();
    }
}
