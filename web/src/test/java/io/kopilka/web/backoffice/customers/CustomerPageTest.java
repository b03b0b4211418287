package io.kopilka.web.backoffice.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.ledger.Balances;
import io.kopilka.ledger.Ledger;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustomerPageTest extends PortalIntegrationTest {

    private static final Pattern MORE = Pattern.compile("id=\"history-more\"\\s+href=\"([^\"]+)\"");

    @Autowired
    Customers customers;

    @Autowired
    Ledger ledger;

    private BrowserSession signedIn(String login) {
        BrowserSession session = new BrowserSession(port);
        session.signIn(login, "demo");
        return session;
    }

    private static String dataPoints(String page, String id) {
        Matcher matcher = Pattern.compile("id=\"" + id + "\"[^>]*data-points=\"(-?\\d+)\"").matcher(page);
        assertThat(matcher.find()).as("%s shown", id).isTrue();
        return matcher.group(1);
    }

    private static long count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    @Test
    void consultantSeesTheHistoryWithReasonsInWordsAndTheLedgersBalances() {
        Customer anna = customers.findByPhone("+79990000001").orElseThrow();
        long id = anna.customerId().value();

        String page = signedIn("consultant").get("/backoffice/customers/" + id).body();
        Balances balances = ledger.balances(id, LocalDateTime.now(ZoneOffset.UTC).plusDays(30));

        assertThat(page).contains("Смирнова Анна", anna.cardNumber(), "+79990000001");
        assertThat(page).contains("Покупка, заказ G-1001", "Подарок по акции «Чёрная пятница»",
                "Оплата баллами, заказ G-1002", "Заказ G-1001", "Акция «Чёрная пятница»", "доступные");
        assertThat(dataPoints(page, "balance-available")).isEqualTo(String.valueOf(balances.available()));
        assertThat(dataPoints(page, "balance-pending")).isEqualTo(String.valueOf(balances.pending()));
        assertThat(dataPoints(page, "balance-reserved")).isEqualTo(String.valueOf(balances.reserved()));
        assertThat(dataPoints(page, "balance-debt")).isEqualTo(String.valueOf(balances.debt()));
        assertThat(balances.expiring()).isNotEmpty(); // the gift expires in 9 days
        assertThat(page).contains("class=\"expiring-item\"");
        assertThat(page).contains("id=\"tier-history\"", "Регистрация");
        assertThat(page).as("read-only for a consultant").doesNotContain("id=\"adjust-form\"");
    }

    @Test
    void historyIsNewestFirstAndShowMoreLoadsTheOlderEntries() {
        Customer customer = TestCustomers.registerWithPoints(customers, ledger, "Листалкина", 0);
        long id = customer.customerId().value();
        for (int i = 1; i <= 25; i++) {
            TestCustomers.grant(ledger, id, i, "Акция " + i);
        }
        BrowserSession consultant = signedIn("consultant");

        String first = consultant.get("/backoffice/customers/" + id).body();
        assertThat(count(first, "class=\"history-row\"")).isEqualTo(CustomerPageModel.HISTORY_PAGE_SIZE);
        assertThat(first.indexOf("Акция «Акция 25»")).isLessThan(first.indexOf("Акция «Акция 24»"));
        assertThat(first).doesNotContain("Акция «Акция 5»");
        Matcher more = MORE.matcher(first);
        assertThat(more.find()).isTrue();

        HttpResponse<String> rest = consultant.get(more.group(1).replace("&amp;", "&"), "HX-Request", "true");
        assertThat(rest.statusCode()).isEqualTo(200);
        assertThat(rest.body()).doesNotContain("<html").contains("Акция «Акция 5»", "Акция «Акция 1»")
                .doesNotContain("Акция «Акция 6»").doesNotContain("id=\"history-more\"");
        assertThat(count(rest.body(), "class=\"history-row\"")).isEqualTo(5);

        String withoutScript = consultant.get(more.group(1).replace("&amp;", "&")).body();
        assertThat(withoutScript).contains("<html", "Акция «Акция 1»", "id=\"history-newest\"");
    }

    @Test
    void anUnknownCustomerIsA404Page() {
        BrowserSession consultant = signedIn("consultant");

        HttpResponse<String> unknown = consultant.get("/backoffice/customers/999999999999");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("Страница не найдена");
        assertThat(consultant.get("/backoffice/customers/not-a-number").statusCode()).isEqualTo(404);
    }

    @Test
    void consultantsAndFinanceReadButCannotAdjust() {
        Customer customer = TestCustomers.registerWithPoints(customers, ledger, "Читаемая", 500);
        long id = customer.customerId().value();

        for (String login : new String[] {"consultant", "finance"}) {
            BrowserSession staff = signedIn(login);
            assertThat(staff.get("/backoffice/customers/" + id).statusCode()).isEqualTo(200);
            Map.Entry<String, String> csrf = staff.csrfMetaTags("/backoffice/customers/" + id);
            HttpResponse<String> post = staff.postForm("/backoffice/customers/" + id + "/adjustments",
                    Map.of("points", "1000", "comment", "Хочу", "expiresOn", "2099-01-01", "idempotencyKey", "k-" + login),
                    csrf.getValue(), "HX-Request", "true");
            assertThat(post.statusCode()).as(login).isEqualTo(403);
        }
        assertThat(TestCustomers.available(ledger, id)).isEqualTo(500);
    }
}
