package io.kopilka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.e2e.support.EndToEndTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import java.time.Duration;

/** Takes the pictures a person would look at, on a phone and on a desktop, and checks nothing spills sideways. */
class ScreenshotsTest extends EndToEndTest {

    @Test
    void cabinetFitsAPhoneAndADesktop() {
        loginPage().signInAsCustomer("+79990000003", PASSWORD);

        assertFitsWidth(375);
        assertThat(browser.screenshot("cabinet-375", 375)).satisfies(ScreenshotsTest::isPicture);
        assertThat(browser.screenshot("cabinet-1280", 1280)).satisfies(ScreenshotsTest::isPicture);
    }

    @Test
    void backOfficeFitsAPhoneAndADesktop() {
        loginPage().signInAsStaff("admin", PASSWORD).databaseShownInStatusPanel();

        assertFitsWidth(375);
        assertThat(browser.screenshot("backoffice-375", 375)).satisfies(ScreenshotsTest::isPicture);
        assertThat(browser.screenshot("backoffice-1280", 1280)).satisfies(ScreenshotsTest::isPicture);
        browser.driver().get(portal.baseUrl() + "/backoffice/programme");
        assertThat(browser.screenshot("programme-375", 375)).satisfies(ScreenshotsTest::isPicture);
        assertThat(browser.screenshot("programme-1280", 1280)).satisfies(ScreenshotsTest::isPicture);
        assertFitsWidth(375);
        browser.driver().get(portal.baseUrl() + "/backoffice/api-keys");
        assertThat(browser.screenshot("api-keys-375", 375)).satisfies(ScreenshotsTest::isPicture);
        assertThat(browser.screenshot("api-keys-1280", 1280)).satisfies(ScreenshotsTest::isPicture);
        assertFitsWidth(375);
    }

    @Test
    void pointsPagesFitAPhoneAndADesktop() {
        loginPage().signInAsCustomer("+79990000003", PASSWORD);

        browser.driver().get(portal.baseUrl() + "/cabinet/history");
        assertFitsWidth(375);
        assertThat(browser.screenshot("history-375", 375)).satisfies(ScreenshotsTest::isPicture);
        assertThat(browser.screenshot("history-1280", 1280)).satisfies(ScreenshotsTest::isPicture);

        browser.driver().get(portal.baseUrl() + "/cabinet/payouts");
        assertFitsWidth(375);
        assertThat(browser.screenshot("payouts-375", 375)).satisfies(ScreenshotsTest::isPicture);
        assertThat(browser.screenshot("payouts-1280", 1280)).satisfies(ScreenshotsTest::isPicture);

        // the form with a message next to the field, as a person who typed a wrong amount sees it
        browser.driver().findElement(org.openqa.selenium.By.id("points")).sendKeys("0");
        var card = browser.driver().findElement(org.openqa.selenium.By.id("payout-card"));
        browser.driver().findElement(org.openqa.selenium.By.id("request-payout")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(card));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(org.openqa.selenium.support.ui.ExpectedConditions
                .presenceOfElementLocated(org.openqa.selenium.By.id("points-error")));
        assertFitsWidth(375);
        assertThat(browser.screenshot("payouts-invalid-375", 375)).satisfies(ScreenshotsTest::isPicture);
    }

    @Test
    void businessCabinetFitsAPhoneAndADesktop() {
        io.kopilka.e2e.pages.BusinessPage.signIn(browser.driver(), portal.baseUrl(), "+79990000011", PASSWORD);

        assertFitsWidth(375);
        assertThat(browser.screenshot("business-375", 375)).satisfies(ScreenshotsTest::isPicture);
        assertThat(browser.screenshot("business-1280", 1280)).satisfies(ScreenshotsTest::isPicture);
    }

    @Test
    void signInPageFitsAPhone() {
        loginPage();

        assertFitsWidth(375);
        assertThat(browser.screenshot("login-375", 375)).satisfies(ScreenshotsTest::isPicture);
    }

    @Test
    void customerSearchAndCustomerPageFitAPhoneAndADesktop() {
        loginPage().signInAsStaff("consultant", PASSWORD);

        io.kopilka.e2e.pages.CustomerSearchPage search =
                io.kopilka.e2e.pages.CustomerSearchPage.open(browser.driver(), portal.baseUrl()).searchFor("Орлова");
        assertFitsWidth(375);
        assertThat(browser.screenshot("customers-search-375", 375)).satisfies(ScreenshotsTest::isPicture);
        assertThat(browser.screenshot("customers-search-1280", 1280)).satisfies(ScreenshotsTest::isPicture);
        search.searchFor("Никого-нет");
        assertFitsWidth(375);
        assertThat(browser.screenshot("customers-search-empty-375", 375)).satisfies(ScreenshotsTest::isPicture);

        search.searchFor("+79990000003").openCustomer("Орлова Вера");
        assertFitsWidth(375);
        assertThat(browser.screenshot("customer-375", 375)).satisfies(ScreenshotsTest::isPicture);
        assertThat(browser.screenshot("customer-1280", 1280)).satisfies(ScreenshotsTest::isPicture);
    }

    @Test
    void adjustmentFormAndLedgerCheckFitAPhoneAndADesktop() {
        loginPage().signInAsStaff("admin", PASSWORD);

        io.kopilka.e2e.pages.CustomerPage vera = io.kopilka.e2e.pages.CustomerSearchPage
                .open(browser.driver(), portal.baseUrl()).searchFor("+79990000003").openCustomer("Орлова Вера");
        vera.adjust("", "Без суммы"); // shows the messages next to the fields
        assertFitsWidth(375);
        assertThat(browser.screenshot("customer-admin-375", 375)).satisfies(ScreenshotsTest::isPicture);
        assertThat(browser.screenshot("customer-admin-1280", 1280)).satisfies(ScreenshotsTest::isPicture);

        io.kopilka.e2e.pages.LedgerCheckPage.open(browser.driver(), portal.baseUrl());
        assertFitsWidth(375);
        assertThat(browser.screenshot("ledger-check-375", 375)).satisfies(ScreenshotsTest::isPicture);
        assertThat(browser.screenshot("ledger-check-1280", 1280)).satisfies(ScreenshotsTest::isPicture);
    }

    @Test
    void payoutsQueueFitsAPhoneAndADesktop() {
        loginPage().signInAsStaff("finance", PASSWORD);

        io.kopilka.e2e.pages.PayoutQueuePage.open(browser.driver(), portal.baseUrl());
        assertFitsWidth(375);
        assertThat(browser.screenshot("payout-queue-375", 375)).satisfies(ScreenshotsTest::isPicture);
        assertThat(browser.screenshot("payout-queue-1280", 1280)).satisfies(ScreenshotsTest::isPicture);
    }

    @Test
    void staffPageFitsAPhoneAndADesktop() {
        loginPage().signInAsStaff("admin", PASSWORD);

        browser.driver().get(portal.baseUrl() + "/backoffice/staff");
        assertFitsWidth(375);
        assertThat(browser.screenshot("staff-375", 375)).satisfies(ScreenshotsTest::isPicture);
        assertThat(browser.screenshot("staff-1280", 1280)).satisfies(ScreenshotsTest::isPicture);
        // the form with messages next to the fields
        browser.driver().findElement(org.openqa.selenium.By.id("login")).sendKeys("8 999 000-00-01");
        browser.driver().findElement(org.openqa.selenium.By.id("create-staff")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(org.openqa.selenium.support.ui.ExpectedConditions
                .presenceOfElementLocated(org.openqa.selenium.By.id("login-error")));
        assertFitsWidth(375);
        assertThat(browser.screenshot("staff-invalid-375", 375)).satisfies(ScreenshotsTest::isPicture);
    }

    @Test
    void profilePageFitsAPhoneAndADesktop() {
        loginPage().signInAsCustomer("+79990000003", PASSWORD);

        browser.driver().get(portal.baseUrl() + "/cabinet/profile");
        assertFitsWidth(375);
        assertThat(browser.screenshot("profile-375", 375)).satisfies(ScreenshotsTest::isPicture);
        assertThat(browser.screenshot("profile-1280", 1280)).satisfies(ScreenshotsTest::isPicture);
        var email = browser.driver().findElement(org.openqa.selenium.By.id("email"));
        email.clear();
        email.sendKeys("vera@");
        browser.driver().findElement(org.openqa.selenium.By.id("save-profile")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(org.openqa.selenium.support.ui.ExpectedConditions
                .presenceOfElementLocated(org.openqa.selenium.By.id("email-error")));
        assertFitsWidth(375);
        assertThat(browser.screenshot("profile-invalid-375", 375)).satisfies(ScreenshotsTest::isPicture);
    }

    @Test
    void companyBuyersPageFitsAPhoneAndADesktop() {
        io.kopilka.e2e.pages.BusinessPage.signIn(browser.driver(), portal.baseUrl(), "+79990000011", PASSWORD);

        browser.driver().get(portal.baseUrl() + "/business/buyers");
        assertFitsWidth(375);
        assertThat(browser.screenshot("buyers-375", 375)).satisfies(ScreenshotsTest::isPicture);
        assertThat(browser.screenshot("buyers-1280", 1280)).satisfies(ScreenshotsTest::isPicture);
    }

    @Test
    void programmePoliciesAndTheirFormsFitAPhoneAndADesktop() {
        loginPage().signInAsStaff("admin", PASSWORD);

        io.kopilka.e2e.pages.ProgrammePage programme =
                io.kopilka.e2e.pages.ProgrammePage.open(browser.driver(), portal.baseUrl());
        assertFitsWidth(375);
        assertThat(browser.screenshot("programme-policies-375", 375)).satisfies(ScreenshotsTest::isPicture);
        assertThat(browser.screenshot("programme-policies-1280", 1280)).satisfies(ScreenshotsTest::isPicture);

        programme.editPolicies().saveSettlementDayExpectingError("29"); // the form with a message next to the field
        assertFitsWidth(375);
        assertThat(browser.screenshot("programme-policies-form-375", 375)).satisfies(ScreenshotsTest::isPicture);
        assertThat(browser.screenshot("programme-policies-form-1280", 1280)).satisfies(ScreenshotsTest::isPicture);

        io.kopilka.e2e.pages.ProgrammePage.open(browser.driver(), portal.baseUrl()).editRegion("MSK");
        assertFitsWidth(375);
        assertThat(browser.screenshot("programme-region-375", 375)).satisfies(ScreenshotsTest::isPicture);
    }

    @Test
    void orderPagesOfTheCabinetsFitAPhoneAndADesktop() {
        loginPage().signInAsCustomer("+79990000003", PASSWORD);
        browser.driver().get(portal.baseUrl() + "/cabinet/orders");
        assertFitsWidth(375);
        assertThat(browser.screenshot("cabinet-orders-375", 375)).satisfies(ScreenshotsTest::isPicture);
        assertThat(browser.screenshot("cabinet-orders-1280", 1280)).satisfies(ScreenshotsTest::isPicture);
        openFirstOrder("cabinet-order");
        browser.driver().manage().deleteAllCookies();

        io.kopilka.e2e.pages.BusinessPage.signIn(browser.driver(), portal.baseUrl(), "+79990000011", PASSWORD);
        browser.driver().get(portal.baseUrl() + "/business/orders");
        assertFitsWidth(375);
        assertThat(browser.screenshot("business-orders-375", 375)).satisfies(ScreenshotsTest::isPicture);
        assertThat(browser.screenshot("business-orders-1280", 1280)).satisfies(ScreenshotsTest::isPicture);
        openFirstOrder("business-order");
    }

    @Test
    void backOfficeOrdersAndTheOfferSheetFitAPhoneAndADesktop() {
        loginPage().signInAsStaff("consultant", PASSWORD);
        browser.driver().get(portal.baseUrl() + "/backoffice/orders");
        assertFitsWidth(375);
        assertThat(browser.screenshot("backoffice-orders-375", 375)).satisfies(ScreenshotsTest::isPicture);
        assertThat(browser.screenshot("backoffice-orders-1280", 1280)).satisfies(ScreenshotsTest::isPicture);
        openFirstOrder("backoffice-order");

        io.kopilka.e2e.pages.CustomerSearchPage.open(browser.driver(), portal.baseUrl()).searchFor("+79990000003")
                .openCustomer("Орлова Вера");
        browser.driver().findElement(org.openqa.selenium.By.id("to-offer")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(org.openqa.selenium.support.ui.ExpectedConditions
                .presenceOfElementLocated(org.openqa.selenium.By.id("offer-form")));
        browser.driver().findElement(org.openqa.selenium.By.id("items0.name")).sendKeys("Смартфон Acme X");
        browser.driver().findElement(org.openqa.selenium.By.id("items1.price")).sendKeys("дорого");
        browser.driver().findElement(org.openqa.selenium.By.id("make-sheet")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(org.openqa.selenium.support.ui.ExpectedConditions
                .presenceOfElementLocated(org.openqa.selenium.By.id("items0.price-error")));
        assertFitsWidth(375);
        assertThat(browser.screenshot("offer-form-invalid-375", 375)).satisfies(ScreenshotsTest::isPicture);

        browser.driver().findElement(org.openqa.selenium.By.id("items0.price")).sendKeys("24990");
        browser.driver().findElement(org.openqa.selenium.By.id("items1.price")).clear();
        browser.driver().findElement(org.openqa.selenium.By.id("items1.name")).sendKeys("Чехол");
        browser.driver().findElement(org.openqa.selenium.By.id("items1.price")).sendKeys("990");
        browser.driver().findElement(org.openqa.selenium.By.id("make-sheet")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(org.openqa.selenium.support.ui.ExpectedConditions
                .presenceOfElementLocated(org.openqa.selenium.By.id("offer-sheet")));
        assertFitsWidth(375);
        assertThat(browser.screenshot("offer-sheet-375", 375)).satisfies(ScreenshotsTest::isPicture);
        assertThat(browser.screenshot("offer-sheet-1280", 1280)).satisfies(ScreenshotsTest::isPicture);
    }

    /** Opens the first order of the list shown, if there is one, and checks it too. */
    private void openFirstOrder(String name) {
        var links = browser.driver().findElements(org.openqa.selenium.By.cssSelector("#orders .order-link"));
        if (links.isEmpty()) {
            return;
        }
        links.get(0).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(org.openqa.selenium.support.ui.ExpectedConditions
                .presenceOfElementLocated(org.openqa.selenium.By.id("order-title")));
        assertFitsWidth(375);
        assertThat(browser.screenshot(name + "-375", 375)).satisfies(ScreenshotsTest::isPicture);
        assertThat(browser.screenshot(name + "-1280", 1280)).satisfies(ScreenshotsTest::isPicture);
    }

    private void assertFitsWidth(int width) {
        browser.driver().manage().window().setSize(new Dimension(width, 800));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(driver -> ((Number) ((JavascriptExecutor) driver)
                .executeScript("return window.innerWidth")).intValue() <= width);
        Number overflow = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Object offenders = ((JavascriptExecutor) browser.driver()).executeScript(
                "var w = document.documentElement.clientWidth; return Array.from(document.querySelectorAll('body *'))"
                        + ".filter(e => e.getBoundingClientRect().right > w + 1)"
                        + ".filter(e => !e.parentElement.closest('.table-wrap'))"
                        + ".map(e => e.tagName + '.' + e.className + '#' + e.id + '[' + e.getBoundingClientRect().width + ']')"
                        + ".slice(0, 8).join(', ')");
        assertThat(overflow.intValue()).as("horizontal overflow at %d px by %s", width, offenders)
                .isLessThanOrEqualTo(0);
    }

    private static void isPicture(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            assertThat(bytes.length).isGreaterThan(5_000);
            assertThat(bytes[1]).isEqualTo((byte) 'P'); // PNG signature: 0x89 'P' 'N' 'G'
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
