package io.kopilka.web.business.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.identity.Accounts;
import io.kopilka.orders.Orders;
import io.kopilka.orders.PlacedOrder;
import io.kopilka.promotions.Channel;
import io.kopilka.web.cabinet.CabinetPeople;
import io.kopilka.web.orders.OrderFixtures;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class BusinessOrdersTest extends PortalIntegrationTest {

    @Autowired
    Orders orders;
    @Autowired
    Customers customers;
    @Autowired
    Accounts accounts;
    @Autowired
    io.kopilka.ledger.Ledger ledger;

    private OrderFixtures fixtures() {
        return new OrderFixtures(orders, customers, accounts);
    }

    private BrowserSession signedIn(Customer buyer) {
        BrowserSession session = new BrowserSession(port);
        session.signIn(buyer.phone(), CabinetPeople.PASSWORD);
        return session;
    }

    private static String text(String html) {
        return html.replace('\u00a0', ' ');
    }

    @Test
    void aBuyerSeesEachLineOrderedShippedDeliveredAndTheBatchesPerDestinationWithThePointsReleasedSoFar() {
        Customer buyer = fixtures().newCompanyBuyer();
        PlacedOrder order = fixtures().place(buyer, "business", Channel.B2B, "SPB", "Бумага А4", 100, "500.00", 0, 10);
        String id = order.externalId();
        fixtures().ship("business", id, "S1", "Склад на Невском", 40, 9);
        fixtures().ship("business", id, "S2", "Магазин в Купчино", 35, 8);
        fixtures().ship("business", id, "S3", "Склад на Невском", 25, 7);
        fixtures().deliverBatchAndSettle("business", id, "S1", 6);
        fixtures().deliverBatchAndSettle("business", id, "S2", 5);

        BrowserSession session = signedIn(buyer);
        String list = text(session.get("/business/orders").body());
        String page = text(session.get("/business/orders/" + order.orderId().value()).body());

        assertThat(order.calculation().pointsToAccrue()).isEqualTo(750);
        assertThat(list).contains(id, "50 000 ₽", "+750", "Часть уже доступна, остальные — после получения",
                "Компания «ООО Тест");
        assertThat(page).contains("Заказ " + id)
                .containsPattern("<td class=\"num ordered\">100</td>\\s*<td class=\"num shipped\">100</td>\\s*"
                        + "<td class=\"num delivered\">75</td>\\s*<td class=\"num returned\">0</td>");
        assertThat(destinations(page)).containsExactly("Склад на Невском", "Магазин в Купчино");
        java.util.Map<String, Long> batch = new java.util.HashMap<>();
        orders.find(order.orderId()).orElseThrow().shipments().forEach(s -> batch.put(s.shipmentId(), s.points()));
        long released = batch.get("S1") + batch.get("S2");
        assertThat(batch.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(750);
        assertThat(page).contains("Единиц: 65, баллов: " + (batch.get("S1") + batch.get("S3")) + " балл",
                "Единиц: 35, баллов: " + batch.get("S2") + " балл", "Доступно: " + batch.get("S1") + " балл",
                "Доступно: " + batch.get("S2") + " балл", "Ожидают: " + batch.get("S3") + " балл", "в пути",
                "id=\"points-released\">" + released + "<", "id=\"points-pending\">" + (750 - released) + "<")
                .containsPattern("<progress id=\"released-progress\" value=\"" + released + "\" max=\"750\"");
    }

    @Test
    void anotherCompanysOrderIsNotFound() {
        Customer ours = fixtures().newCompanyBuyer();
        Customer theirs = fixtures().newCompanyBuyer();
        PlacedOrder order = fixtures().place(theirs, "business", Channel.B2B, "SPB", "Картон", 10, "900.00", 0, 1);
        BrowserSession session = signedIn(ours);

        HttpResponse<String> other = session.get("/business/orders/" + order.orderId().value());

        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).doesNotContain(order.externalId(), "Картон");
        assertThat(session.get("/business/orders").body()).doesNotContain(order.externalId());
        assertThat(signedIn(theirs).get("/business/orders/" + order.orderId().value()).statusCode()).isEqualTo(200);
    }

    @Test
    void aCustomersPersonalOrderIsNotACompanyOrder() {
        Customer buyer = fixtures().newCompanyBuyer();
        Customer person = new CabinetPeople(accounts, customers, ledger).newCustomer("Лев");
        PlacedOrder order = fixtures().place(person, "gadgets", Channel.POS, "MSK", "Телефон", 1, "20000.00", 0, 1);

        assertThat(signedIn(buyer).get("/business/orders/" + order.orderId().value()).statusCode()).isEqualTo(404);
    }

    private static java.util.List<String> destinations(String page) {
        Matcher matcher = Pattern.compile("class=\"destination-name\">([^<]*)<").matcher(page);
        java.util.List<String> names = new java.util.ArrayList<>();
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
