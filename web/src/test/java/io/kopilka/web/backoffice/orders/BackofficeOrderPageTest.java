package io.kopilka.web.backoffice.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.identity.Accounts;
import io.kopilka.ledger.Ledger;
import io.kopilka.orders.LineQuantity;
import io.kopilka.orders.Orders;
import io.kopilka.orders.PlacedOrder;
import io.kopilka.orders.ReturnRequest;
import io.kopilka.orders.RevisionRequest;
import io.kopilka.promotions.BasketLine;
import io.kopilka.promotions.Channel;
import io.kopilka.web.cabinet.CabinetPeople;
import io.kopilka.web.orders.OrderFixtures;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BackofficeOrderPageTest extends PortalIntegrationTest {

    @Autowired
    Orders orders;
    @Autowired
    Customers customers;
    @Autowired
    Accounts accounts;
    @Autowired
    Ledger ledger;

    private OrderFixtures fixtures() {
        return new OrderFixtures(orders, customers, accounts);
    }

    private Customer newCustomer(String name) {
        return new CabinetPeople(accounts, customers, ledger).newCustomer(name);
    }

    private BrowserSession staff(String login) {
        BrowserSession session = new BrowserSession(port);
        session.signIn(login, "demo");
        return session;
    }

    private static String text(String html) {
        return html.replace('\u00a0', ' ');
    }

    @Test
    void aConsultantSeesWhyAnOrderEarnedNoPointsAtOnceWithItsCustomerLinesPaymentsAndReturns() {
        Customer customer = newCustomer("Нина");
        PlacedOrder order = fixtures().place(customer, "gadgets", Channel.POS, "MSK", "Наушники", 3, "3000.00", 0, 4);
        orders.registerReturn("gadgets", order.externalId(), new ReturnRequest("R-1",
                List.of(new LineQuantity("1", 1)), OrderFixtures.daysAgo(2)));

        String page = text(staff("consultant").get("/backoffice/orders/" + order.orderId().value()).body());

        assertThat(page).contains("Заказ " + order.externalId(), "id=\"no-points-reason\"",
                "Заказ на 9 000 ₽ меньше минимальной суммы 10 000 ₽ для региона Москва — баллы не начисляются",
                "href=\"/backoffice/customers/" + customer.customerId().value() + "\"", "Тестов Нина",
                "Наушники", "Касса магазина", "Москва", "Гаджеты", "id=\"returns\"", "R-1", "Наушники × 1",
                "3 000 ₽");
        assertThat(page.indexOf("id=\"explanations\"")).as("the explanations come before the lines")
                .isLessThan(page.indexOf("id=\"lines\""));
    }

    @Test
    void aServiceCentreOrderShowsEachRevisionBeforeAndAfterAndIsListedAmongTheServiceOrders() {
        Customer customer = newCustomer("Олег");
        PlacedOrder order = fixtures().place(customer, "service", Channel.SERVICE_CENTRE, "OTHER", "Диагностика", 1,
                "5000.00", 0, 3);
        orders.revise("service", order.externalId(), new RevisionRequest("V-1", List.of(new BasketLine("screen",
                "SCR-1", "Замена экрана", null, null, null, 1, new BigDecimal("9000.00"))), "diagnosis",
                OrderFixtures.daysAgo(2)));
        BrowserSession consultant = staff("consultant");

        String page = text(consultant.get("/backoffice/orders/" + order.orderId().value()).body());
        String list = text(consultant.get("/backoffice/orders").body());

        assertThat(page).contains("id=\"revisions\"", "V-1", "Диагностика", "5 000 ₽ → 9 000 ₽",
                "75 баллов → 135 баллов", "Замена экрана");
        assertThat(list).contains("id=\"service-orders\"", order.externalId(),
                "href=\"/backoffice/orders/" + order.orderId().value() + "\"");
    }

    @Test
    void theLookupByTheShopsOrderNumberOpensTheOrderOrSaysItIsNotFound() {
        Customer customer = newCustomer("Римма");
        PlacedOrder order = fixtures().place(customer, "home", Channel.POS, "SPB", "Плита", 1, "30000.00", 0, 1);
        BrowserSession consultant = staff("consultant");

        HttpResponse<String> found = consultant.get("/backoffice/orders?network=home&externalId=" + order.externalId());
        HttpResponse<String> anyNetwork = consultant.get("/backoffice/orders?network=&externalId=" + order.externalId());
        HttpResponse<String> wrongNetwork = consultant.get("/backoffice/orders?network=gadgets&externalId="
                + order.externalId());

        assertThat(found.statusCode()).isEqualTo(302);
        assertThat(found.headers().firstValue("Location").orElseThrow())
                .endsWith("/backoffice/orders/" + order.orderId().value());
        assertThat(anyNetwork.headers().firstValue("Location").orElseThrow())
                .endsWith("/backoffice/orders/" + order.orderId().value());
        assertThat(wrongNetwork.statusCode()).isEqualTo(200);
        assertThat(wrongNetwork.body()).contains("id=\"lookup-not-found\"", "Заказа " + order.externalId() + " не нашлось");
    }

    @Test
    void theCustomerPageListsTheCustomersOrdersWithLinks() {
        Customer customer = newCustomer("Тамара");
        PlacedOrder order = fixtures().place(customer, "gadgets", Channel.POS, "MSK", "Фен", 1, "12000.00", 0, 1);

        String page = text(staff("consultant").get("/backoffice/customers/" + customer.customerId().value()).body());

        assertThat(page).contains("id=\"customer-orders\"", order.externalId(), "12 000 ₽", "+180",
                "Ждут получения заказа", "href=\"/backoffice/orders/" + order.orderId().value() + "\"");
    }

    @Test
    void staffWhoLookUpCustomersOpenOrdersAndCustomersCannot() {
        Customer customer = newCustomer("Эмма");
        PlacedOrder order = fixtures().place(customer, "gadgets", Channel.POS, "MSK", "Кофемашина", 1, "25000.00", 0, 1);
        String path = "/backoffice/orders/" + order.orderId().value();

        for (String login : new String[] {"consultant", "admin", "finance"}) {
            assertThat(staff(login).get(path).statusCode()).as(login).isEqualTo(200);
        }
        assertThat(staff("marketer").get(path).statusCode()).isEqualTo(403);
        BrowserSession owner = new BrowserSession(port);
        owner.signIn(customer.phone(), CabinetPeople.PASSWORD);
        HttpResponse<String> asCustomer = owner.get(path);
        assertThat(asCustomer.statusCode()).isEqualTo(403);
        assertThat(asCustomer.body()).doesNotContain("Кофемашина");
        assertThat(staff("consultant").get("/backoffice/orders/123").statusCode()).isEqualTo(404);
    }
}
