package io.kopilka.web.backoffice.offer;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.identity.Accounts;
import io.kopilka.ledger.Ledger;
import io.kopilka.orders.CustomerRef;
import io.kopilka.orders.OrderRequest;
import io.kopilka.orders.Orders;
import io.kopilka.promotions.BasketLine;
import io.kopilka.promotions.Calculation;
import io.kopilka.promotions.Channel;
import io.kopilka.promotions.Payment;
import io.kopilka.promotions.PaymentMethod;
import io.kopilka.web.cabinet.CabinetPeople;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OfferSheetTest extends PortalIntegrationTest {

    @Autowired
    Orders orders;
    @Autowired
    Customers customers;
    @Autowired
    Accounts accounts;
    @Autowired
    Ledger ledger;

    private BrowserSession staff(String login) {
        BrowserSession session = new BrowserSession(port);
        session.signIn(login, "demo");
        return session;
    }

    private static String offer(long customerId, String network, String region, String... items) {
        StringBuilder query = new StringBuilder("/backoffice/customers/" + customerId + "/offer?network=" + network
                + "&region=" + region);
        for (int i = 0; i + 2 < items.length + 1; i += 3) {
            int row = i / 3;
            query.append("&items[").append(row).append("].name=").append(encode(items[i]))
                    .append("&items[").append(row).append("].price=").append(encode(items[i + 1]))
                    .append("&items[").append(row).append("].quantity=").append(encode(items[i + 2]));
        }
        return query.toString().replace("[", "%5B").replace("]", "%5D");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void theSheetShowsThePricesPointsAndEarningsTheProgrammesCalculationGives() {
        CabinetPeople people = new CabinetPeople(accounts, customers, ledger);
        Customer customer = people.newCustomer("Марк");
        people.grant(customer, 4_000, "Подарок", CabinetPeople.now().minusDays(1), 60);

        HttpResponse<String> response = staff("consultant").get(offer(customer.customerId().value(), "gadgets", "MSK",
                "Смартфон", "19 990", "1", "Чехол", "990,50", "2") + "&make=1");
        String page = response.body().replace('\u00a0', ' ');

        assertThat(response.statusCode()).isEqualTo(200);
        List<long[]> shown = figures(page);
        List<Calculation> expected = List.of(
                calculate(customer, List.of(line("1", "Смартфон", 1, "19990.00")), 4_000),
                calculate(customer, List.of(line("2", "Чехол", 2, "990.50")), 4_000),
                calculate(customer, List.of(line("1", "Смартфон", 1, "19990.00"), line("2", "Чехол", 2, "990.50")), 4_000));
        for (int i = 0; i < expected.size(); i++) {
            assertThat(shown.get(i)).as("row " + i)
                    .containsExactly(expected.get(i).maxRedeemable(), expected.get(i).pointsToAccrue());
        }
        assertThat(expected.get(0).maxRedeemable()).as("the tier's share limits it").isEqualTo(4_000);
        assertThat(page).contains("Марк Тестов", customer.cardNumber(), "4 000 баллов", "Гаджеты, Москва",
                "19 990 ₽", "15 990 ₽", "1 981 ₽", "Укажите e-mail в профиле", "Разрешите сообщения",
                "id=\"print-sheet\"", "data-print");
    }

    @Test
    void theFormAddsARowAndSaysWhatIsWrongNextToEachFieldInRussianAndEnglish() {
        Customer customer = new CabinetPeople(accounts, customers, ledger).newCustomer("Ира");
        BrowserSession consultant = staff("consultant");
        String path = offer(customer.customerId().value(), "gadgets", "MARS", "", "100", "1", "Мышь", "дорого", "0");

        String russian = consultant.get(path + "&make=1").body();
        String english = consultant.get(path + "&make=1&lang=en").body();
        String fresh = consultant.get("/backoffice/customers/" + customer.customerId().value() + "/offer?lang=ru").body();
        String added = consultant.get(offer(customer.customerId().value(), "gadgets", "MSK", "Мышь", "990", "1")
                + "&add=1").body();
        HttpResponse<String> fragment = consultant.get(offer(customer.customerId().value(), "gadgets", "MSK",
                "Мышь", "990", "1").replace("/offer?", "/offer/rows?"), "HX-Request", "true");

        assertThat(russian).contains("id=\"region-error\">Выберите регион из списка.<",
                "id=\"items0.name-error\">Впишите название товара.<",
                "id=\"items1.price-error\">Цена — число, например 1999,90.<",
                "id=\"items1.quantity-error\">Количество — целое число от 1 до 999.<")
                .contains("aria-invalid=\"true\"").doesNotContain("id=\"offer-sheet\"");
        assertThat(english).contains("id=\"region-error\">Choose a region from the list.<",
                "id=\"items0.name-error\">Enter the item&#39;s name.<",
                "id=\"items1.price-error\">The price is a number, e.g. 1999.90.<");
        assertThat(inputs(fresh)).isEqualTo(3);
        assertThat(added).contains("value=\"Мышь\"");
        assertThat(inputs(added)).isEqualTo(2);
        assertThat(fragment.body()).startsWith("<fieldset").contains("value=\"Мышь\"", "id=\"items1.name\"");
        assertThat(consultant.get("/backoffice/customers/" + customer.customerId().value() + "/offer?network=gadgets"
                + "&region=MSK&make=1").body()).contains("id=\"items0.name-error\">Впишите хотя бы один товар.<");
    }

    @Test
    void consultantsAndAdministratorsMakeOfferSheetsOtherStaffCannot() {
        Customer customer = new CabinetPeople(accounts, customers, ledger).newCustomer("Ося");
        String path = "/backoffice/customers/" + customer.customerId().value() + "/offer";

        assertThat(staff("consultant").get(path).statusCode()).isEqualTo(200);
        assertThat(staff("admin").get(path).statusCode()).isEqualTo(200);
        assertThat(staff("finance").get(path).statusCode()).isEqualTo(403);
        assertThat(staff("marketer").get(path).statusCode()).isEqualTo(403);
        assertThat(staff("consultant").get("/backoffice/customers/999999999/offer").statusCode()).isEqualTo(404);
    }

    private Calculation calculate(Customer customer, List<BasketLine> lines, long available) {
        return orders.calculate("gadgets", new OrderRequest("check", new CustomerRef(customer.customerId().value(),
                null, null), Channel.POS, "MSK", null, OffsetDateTime.now(ZoneOffset.UTC), lines,
                List.of(new Payment(PaymentMethod.POINTS, BigDecimal.valueOf(available)))));
    }

    private static BasketLine line(String id, String name, int quantity, String price) {
        return new BasketLine(id, "offer-" + id, name, null, null, null, quantity, new BigDecimal(price));
    }

    /** The most points and the points earned of each row, the total last. */
    private static List<long[]> figures(String page) {
        Matcher matcher = Pattern.compile("data-max-points=\"(\\d+)\" data-earned=\"(\\d+)\"").matcher(page);
        List<long[]> rows = new ArrayList<>();
        while (matcher.find()) {
            rows.add(new long[] {Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))});
        }
        return rows;
    }

    private static int inputs(String page) {
        Matcher matcher = Pattern.compile("class=\"offer-item\"").matcher(page);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
