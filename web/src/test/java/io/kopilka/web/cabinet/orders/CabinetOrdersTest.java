package io.kopilka.web.cabinet.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.identity.Accounts;
import io.kopilka.ledger.Ledger;
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

class CabinetOrdersTest extends PortalIntegrationTest {

    @Autowired
    Orders orders;
    @Autowired
    Customers customers;
    @Autowired
    Accounts accounts;
    @Autowired
    Ledger ledger;

    private CabinetPeople people() {
        return new CabinetPeople(accounts, customers, ledger);
    }

    private OrderFixtures fixtures() {
        return new OrderFixtures(orders, customers, accounts);
    }

    private BrowserSession signedIn(Customer customer) {
        BrowserSession session = new BrowserSession(port);
        session.signIn(customer.phone(), CabinetPeople.PASSWORD);
        return session;
    }

    private static String text(String html) {
        return html.replace('\u00a0', ' ').replace("&#39;", "'");
    }

    @Test
    void myOrdersShowsEachOrderNewestFirstWithItsPointsAndWhereTheyAreInPlainWords() {
        Customer customer = people().newCustomer("Зоя");
        people().grant(customer, 1_000, "Подарок", CabinetPeople.now().minusDays(30), 365);
        PlacedOrder delivered = fixtures().place(customer, "gadgets", Channel.POS, "MSK", "Телевизор", 1, "20000.00", 0, 10);
        fixtures().deliverAndSettle("gadgets", delivered.externalId(), 9);
        PlacedOrder small = fixtures().place(customer, "home", Channel.POS, "MSK", "Чайник", 1, "3000.00", 0, 5);
        PlacedOrder pending = fixtures().place(customer, "gadgets", Channel.POS, "SPB", "Смартфон", 1, "10000.00", 500, 1);

        String page = text(signedIn(customer).get("/cabinet/orders").body());

        assertThat(rowIds(page)).containsExactly(pending.orderId().value(), small.orderId().value(),
                delivered.orderId().value());
        assertThat(page).contains(">" + pending.externalId() + "<", "10 000 ₽", "−500", "Ждут получения заказа",
                "Гаджеты", "Техника для дома");
        assertThat(row(page, small.orderId().value()))
                .contains("3 000 ₽", "Баллов нет: сумма меньше минимальной для вашего региона");
        assertThat(row(page, delivered.orderId().value())).contains("+300", "Доступны", "Получен");
        assertThat(row(page, pending.orderId().value()))
                .contains("+" + pending.calculation().pointsToAccrue(), "−500");
        assertThat(page).contains("href=\"/cabinet/orders/" + pending.orderId().value() + "\"");
    }

    @Test
    void anOrderPageShowsItsLinesAndWhyItEarnedWhatItDid() {
        Customer customer = people().newCustomer("Ян");
        PlacedOrder order = fixtures().place(customer, "gadgets", Channel.POS, "MSK", "Пылесос", 2, "4000.00", 0, 2);

        String page = text(signedIn(customer).get("/cabinet/orders/" + order.orderId().value()).body());

        assertThat(page).contains("Заказ " + order.externalId(), "Пылесос", "8 000 ₽",
                "Заказ на 8 000 ₽ меньше минимальной суммы 10 000 ₽ для региона Москва — баллы не начисляются",
                "id=\"no-points-reason\"", "Баллов нет: сумма меньше минимальной для вашего региона");

        String english = text(signedIn(customer).get("/cabinet/orders/" + order.orderId().value() + "?lang=en").body());
        assertThat(english).contains("Order " + order.externalId(), "No points: below the minimum order for your region");
    }

    @Test
    void anotherCustomersOrderIsNotFoundAndShowsNothingOfIt() {
        Customer owner = people().newCustomer("Ада");
        Customer curious = people().newCustomer("Бэлла");
        PlacedOrder order = fixtures().place(owner, "gadgets", Channel.POS, "MSK", "Секретный товар", 1, "15000.00", 0, 1);
        BrowserSession session = signedIn(curious);

        HttpResponse<String> other = session.get("/cabinet/orders/" + order.orderId().value());

        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).doesNotContain(order.externalId(), "Секретный товар");
        assertThat(session.get("/cabinet/orders/999999999999").statusCode()).isEqualTo(404);
        assertThat(session.get("/cabinet/orders/not-a-number").statusCode()).isEqualTo(404);
        assertThat(session.get("/cabinet/orders").body()).doesNotContain(order.externalId())
                .contains("id=\"orders-empty\"");
    }

    @Test
    void homeSaysHowMuchMoreToTheNextTierWithAProgressBar() {
        Customer customer = people().newCustomer("Ким");
        fixtures().place(customer, "gadgets", Channel.POS, "MSK", "Ноутбук", 1, "37600.00", 0, 3);

        String page = text(signedIn(customer).get("/cabinet").body());

        assertThat(page).contains("id=\"tier-progress\"", "Ещё 12 400 ₽ — и у вас уровень «Серебро»",
                "Куплено на 37 600 ₽ за 14 мес. — 75 % пути")
                .containsPattern("<progress id=\"progress-bar\" value=\"37600\" max=\"50000\">")
                .contains("<label for=\"progress-bar\"", "href=\"/cabinet/orders\"");
    }

    @Test
    void homeCongratulatesACustomerOfTheHighestTier() {
        BrowserSession gold = new BrowserSession(port);
        gold.signIn("+79990000003", "demo");

        String page = text(gold.get("/cabinet").body());

        assertThat(page).contains("id=\"progress-top\"", "Поздравляем: у вас высший уровень программы — «Золото»!")
                .doesNotContain("id=\"progress-remaining\"");
    }

    private static java.util.List<Long> rowIds(String page) {
        Matcher matcher = Pattern.compile("class=\"order-row\" data-order-id=\"(\\d+)\"").matcher(page);
        java.util.List<Long> ids = new java.util.ArrayList<>();
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return ids;
    }

    private static String row(String page, long orderId) {
        Matcher matcher = Pattern.compile("data-order-id=\"" + orderId + "\">(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertThat(matcher.find()).as("a row of order " + orderId).isTrue();
        return matcher.group(1);
    }
}
