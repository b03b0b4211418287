package io.kopilka.web.backoffice.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.audit.AuditEntry;
import io.kopilka.audit.AuditLog;
import io.kopilka.audit.AuditQuery;
import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.identity.Accounts;
import io.kopilka.identity.NewAccount;
import io.kopilka.identity.Role;
import io.kopilka.ledger.Balances;
import io.kopilka.ledger.Ledger;
import io.kopilka.orders.CustomerRef;
import io.kopilka.orders.OrderRequest;
import io.kopilka.orders.OrderSummary;
import io.kopilka.orders.Orders;
import io.kopilka.promotions.BasketLine;
import io.kopilka.promotions.Channel;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustomerMergeTest extends PortalIntegrationTest {

    private static final String KEY = "demo-gadgets-key";

    @Autowired
    Customers customers;
    @Autowired
    Ledger ledger;
    @Autowired
    Orders orders;
    @Autowired
    Accounts accounts;
    @Autowired
    AuditLog audit;

    private BrowserSession admin;
    private Customer kept;
    private Customer duplicate;
    private String keptPath;

    @BeforeEach
    void twoRegistrationsOfOnePerson() {
        kept = TestCustomers.registerWithPoints(customers, ledger, "Основная", 300);
        duplicate = TestCustomers.registerWithPoints(customers, ledger, "Дубль", 200);
        placeOrder(duplicate);
        placeOrder(kept);
        keptPath = "/backoffice/customers/" + kept.customerId().value();
        admin = new BrowserSession(port);
        admin.signIn("admin", "demo");
    }

    private void placeOrder(Customer customer) {
        orders.place("gadgets", new OrderRequest("M-" + UUID.randomUUID().toString().substring(0, 12),
                new CustomerRef(customer.customerId().value(), null, null), Channel.POS, "MSK", "Shop 1",
                OffsetDateTime.now(ZoneOffset.UTC).minusHours(1),
                List.of(new BasketLine("1", "SKU-1", "Телефон", "phones", "Acme", "Supplier", 1,
                        new BigDecimal("20000.00"))), new ArrayList<>()));
    }

    private Balances balances(Customer customer) {
        return ledger.balances(customer.customerId().value(), LocalDateTime.now(ZoneOffset.UTC));
    }

    private static String query(String text) {
        return "?query=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> confirm(BrowserSession session, String path, long duplicateId) {
        Map.Entry<String, String> csrf = session.csrfMetaTags(path);
        return session.postForm(path + "/merge", Map.of("duplicateId", String.valueOf(duplicateId),
                "query", duplicate.phone()), csrf.getValue());
    }

    private List<AuditEntry> mergesAudited() {
        return audit.search(new AuditQuery("admin", "customer.merged", null, null, null, 500)).stream()
                .filter(e -> e.subject().equals("customer " + duplicate.customerId().value() + " → customer "
                        + kept.customerId().value())).toList();
    }

    @Test
    void onlyAdministratorsReachTheMergeRoutes() {
        for (String login : List.of("consultant", "finance")) {
            BrowserSession staff = new BrowserSession(port);
            staff.signIn(login, "demo");
            assertThat(staff.get(keptPath).body()).as(login).doesNotContain("id=\"merge-card\"");
            assertThat(staff.get(keptPath + "/merge" + query(duplicate.phone())).statusCode()).as(login)
                    .isEqualTo(403);
            assertThat(confirm(staff, keptPath, duplicate.customerId().value()).statusCode()).as(login)
                    .isEqualTo(403);
        }
        assertThat(customers.mergedInto(duplicate.customerId())).isEmpty();
        assertThat(admin.get(keptPath).body()).contains("id=\"merge-card\"", "Объединить с дублем");
    }

    @Test
    void theConfirmationStepShowsBothPeopleAndChangesNothing() {
        Balances keptBefore = balances(kept);

        String page = admin.get(keptPath + "/merge" + query(" " + duplicate.cardNumber())).body();

        assertThat(page).contains("id=\"merge-duplicate\"", "id=\"merge-kept\"", "Проверьте обе анкеты",
                        duplicate.phone(), kept.phone(), "Дубль Тест",
                        "id=\"merge-confirm-submit\"")
                .containsPattern("id=\"merge-duplicate\"[\\s\\S]*class=\"merge-available\" data-points=\"200\"")
                .containsPattern("id=\"merge-duplicate\"[\\s\\S]*class=\"merge-orders\">1<")
                .doesNotContain("id=\"merge-query-error\"");
        assertThat(customers.mergedInto(duplicate.customerId())).isEmpty();
        assertThat(balances(kept)).isEqualTo(keptBefore);
        assertThat(balances(duplicate).available()).isEqualTo(200);
        assertThat(mergesAudited()).isEmpty();
    }

    @Test
    void mergingMovesPointsOrdersAndLookupsToTheKeptPersonAndIsAudited() {
        accounts.register(NewAccount.withInitialPassword(duplicate.phone(), "duplicate-pass", "Дубль",
                Set.of(Role.CUSTOMER)));
        Balances d = balances(duplicate);
        Balances k = balances(kept);

        HttpResponse<String> merged = confirm(admin, keptPath, duplicate.customerId().value());

        assertThat(merged.statusCode()).isEqualTo(302);
        assertThat(merged.headers().firstValue("Location").orElseThrow()).endsWith(keptPath);
        assertThat(admin.get(keptPath).body()).contains("id=\"merge-notice\"", "объединена с этой");
        assertThat(balances(kept)).extracting(Balances::available, Balances::pending, Balances::debt)
                .containsExactly(d.available() + k.available(), d.pending() + k.pending(), d.debt() + k.debt());
        assertThat(balances(duplicate)).extracting(Balances::available, Balances::pending, Balances::debt)
                .containsExactly(0L, 0L, 0L);
        assertThat(ledger.check().ok()).isTrue();
        assertThat(apiGet("/api/v1/customers?phone=" + URLEncoder.encode(duplicate.phone(), StandardCharsets.UTF_8),
                KEY).body()).contains("\"customerId\":" + kept.customerId().value());
        assertThat(orders.ordersOfCustomer(kept.customerId().value(), 10)).hasSize(2)
                .extracting(OrderSummary::customerId).containsOnly(kept.customerId().value());
        assertThat(accounts.findByLogin(duplicate.phone()).orElseThrow().enabled()).isFalse();

        String duplicatePage = admin.get("/backoffice/customers/" + duplicate.customerId().value()).body();
        assertThat(duplicatePage).contains("id=\"merged-into\"", "объединена с анкетой",
                        "href=\"" + keptPath + "\"", "Объединение анкет")
                .doesNotContain("id=\"merge-card\"");
        assertThat(mergesAudited()).singleElement().satisfies(entry -> {
            assertThat(entry.before()).contains("available=" + d.available(), "pending=" + d.pending());
            assertThat(entry.after()).contains("available=" + (d.available() + k.available()), "orders=1");
        });
    }

    @Test
    void badInputShowsAMessageNextToTheFieldAndChangesNothing() {
        Customer other = TestCustomers.registerWithPoints(customers, ledger, "Другая", 0);
        Customer mergedBefore = TestCustomers.registerWithPoints(customers, ledger, "Прежний дубль", 0);
        customers.merge(other.customerId(), mergedBefore.customerId(), LocalDateTime.now(ZoneOffset.UTC));

        assertThat(admin.get(keptPath + "/merge" + query("+7 000 000-00-00")).body())
                .contains("id=\"merge-query-error\"", "Анкеты с таким телефоном или картой нет.")
                .doesNotContain("id=\"merge-confirm\"");
        assertThat(admin.get(keptPath + "/merge" + query(kept.phone())).body())
                .contains("id=\"merge-query-error\"", "Это та же самая анкета.");
        assertThat(admin.get(keptPath + "/merge" + query(mergedBefore.phone())).body())
                .contains("id=\"merge-query-error\"", "Эта анкета уже объединена с другой.");
        assertThat(admin.get(keptPath + "/merge" + query("")).body())
                .contains("id=\"merge-query-error\"", "Введите телефон или номер карты дубля.");
        HttpResponse<String> self = confirm(admin, keptPath, kept.customerId().value());
        assertThat(self.statusCode()).isEqualTo(200);
        assertThat(self.body()).contains("id=\"merge-query-error\"", "Это та же самая анкета.");

        assertThat(customers.mergedInto(kept.customerId())).isEmpty();
        assertThat(balances(kept).available()).isEqualTo(300);
        assertThat(mergesAudited()).isEmpty();
    }
}
