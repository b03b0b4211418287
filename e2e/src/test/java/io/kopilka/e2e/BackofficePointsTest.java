package io.kopilka.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.e2e.pages.CustomerPage;
import io.kopilka.e2e.pages.CustomerSearchPage;
import io.kopilka.e2e.pages.LedgerCheckPage;
import io.kopilka.e2e.pages.LoginPage;
import io.kopilka.e2e.pages.PayoutQueuePage;
import io.kopilka.e2e.support.Browser;
import io.kopilka.e2e.support.EndToEndTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

class BackofficePointsTest extends EndToEndTest {

    @Test
    void consultantFindsACustomerByPhoneAndReadsTheHistoryWithReasons() {
        loginPage().signInAsStaff("consultant", PASSWORD);

        CustomerSearchPage search = CustomerSearchPage.open(browser.driver(), portal.baseUrl())
                .searchFor("8 (999) 000-00-01");
        assertThat(search.resultNames()).containsExactly("Смирнова Анна");
        assertThat(search.query()).isEqualTo("8 (999) 000-00-01");

        CustomerPage anna = search.openCustomer("Смирнова Анна");
        assertThat(anna.customerName()).isEqualTo("Смирнова Анна");
        assertThat(anna.historyReasons()).contains("Покупка, заказ H-2002", "Оплата баллами, заказ G-1002",
                "Подарок по акции «Чёрная пятница»", "Покупка, заказ G-1001");
        assertThat(anna.historySources()).contains("Заказ G-1001", "Акция «Чёрная пятница»");
        assertThat(anna.offersAdjustment()).as("read-only for a consultant").isFalse();
    }

    @Test
    void consultantFindsACustomerByTheCardNumberTheCustomerShowsAtTheTill() {
        String card = loginPage().signInAsCustomer("+79990000002", PASSWORD).cardNumber();
        browser.driver().manage().deleteAllCookies();

        loginPage().signInAsStaff("consultant", PASSWORD);
        CustomerSearchPage search = CustomerSearchPage.open(browser.driver(), portal.baseUrl()).searchFor(card);

        assertThat(search.resultNames()).containsExactly("Кузнецов Борис");
    }

    @Test
    void adminsAdjustmentShowsOnTheCustomerPageAndInTheCustomersOwnCabinet() {
        String comment = "Компенсация по обращению " + UUID.randomUUID().toString().substring(0, 8);
        loginPage().signInAsStaff("admin", PASSWORD);
        CustomerPage anna = CustomerSearchPage.open(browser.driver(), portal.baseUrl())
                .searchFor("+79990000001").openCustomer("Смирнова Анна");
        long before = anna.availablePoints();

        anna.adjust("75", comment);

        assertThat(anna.adjustmentNotice()).isEqualTo("Корректировка сохранена: баллы и история обновлены.");
        assertThat(anna.availablePoints()).isEqualTo(before + 75);
        assertThat(anna.historyReasons()).first().isEqualTo("Корректировка сотрудником: " + comment);
        assertThat(anna.historySources()).first().isEqualTo("Сотрудник admin");

        // The cabinet's history page is built on another branch; this follows its agreed contract:
        // <table id="history"> with <tr class="history-row"> and the reason in <td class="reason">.
        try (Browser customersBrowser = Browser.open()) {
            List<String> cabinetReasons = CabinetHistory.open(customersBrowser.driver(), portal.baseUrl(),
                    "+79990000001", PASSWORD).reasons();
            assertThat(cabinetReasons).anySatisfy(reason -> assertThat(reason).contains(comment));
        }
    }

    @Test
    void financeApprovesAPayout() {
        loginPage().signInAsStaff("finance", PASSWORD);
        PayoutQueuePage payouts = PayoutQueuePage.open(browser.driver(), portal.baseUrl());
        assertThat(payouts.requesters()).contains("Борис Кузнецов");
        int waiting = payouts.requesters().size();

        PayoutQueuePage after = payouts.approveFirstOf("Борис Кузнецов");

        assertThat(after.notice()).contains("одобрена");
        assertThat(after.requesters()).hasSize(waiting - 1);
    }

    @Test
    void adminSeesThatTheLedgerAddsUp() {
        loginPage().signInAsStaff("admin", PASSWORD);

        LedgerCheckPage check = LedgerCheckPage.open(browser.driver(), portal.baseUrl());
        assertThat(check.verdict()).isEqualTo("Всё сходится: расхождений нет.");
        assertThat(check.checkAgain().verdict()).isEqualTo("Всё сходится: расхождений нет.");
    }

    /**
     * The customer's cabinet history, which the cabinet branch builds; kept here until that page object exists
     * (pages/ is shared, and this branch adds only its own pages).
     */
    static final class CabinetHistory {

        private final WebDriver driver;

        private CabinetHistory(WebDriver driver) {
            this.driver = driver;
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table#history")));
        }

        static CabinetHistory open(WebDriver driver, String baseUrl, String phone, String password) {
            LoginPage.open(driver, baseUrl).signInAsCustomer(phone, password);
            driver.get(baseUrl + "/cabinet/history");
            return new CabinetHistory(driver);
        }

        List<String> reasons() {
            return driver.findElements(By.cssSelector("table#history tr.history-row td.reason")).stream()
                    .map(WebElement::getText).toList();
        }
    }
}
