package io.kopilka.web.backoffice.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustomerSearchTest extends PortalIntegrationTest {

    @Autowired
    Customers customers;

    private BrowserSession signedIn(String login) {
        BrowserSession session = new BrowserSession(port);
        session.signIn(login, "demo");
        return session;
    }

    private static String search(String query) {
        return "/backoffice/customers?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private Customer anna() {
        return customers.findByPhone("+79990000001").orElseThrow();
    }

    @Test
    void consultantFindsACustomerByThePhoneTypedAsPeopleWriteIt() {
        HttpResponse<String> page = signedIn("consultant").get(search("8 (999) 000-00-01"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("href=\"/backoffice/customers/" + anna().customerId().value() + "\"")
                .contains("Смирнова Анна", "+79990000001", anna().cardNumber())
                .contains("value=\"8 (999) 000-00-01\"");
    }

    @Test
    void findsACustomerByCardNumberEvenWithSpaces() {
        String card = anna().cardNumber();
        String spaced = card.substring(0, 4) + " " + card.substring(4, 8) + " " + card.substring(8);

        String page = signedIn("consultant").get(search(spaced)).body();

        assertThat(page).contains("id=\"customer-" + anna().customerId().value() + "\"").contains("Смирнова Анна");
    }

    @Test
    void findsCustomersByName() {
        BrowserSession consultant = signedIn("consultant");

        assertThat(consultant.get(search("Смирнова")).body()).contains("Смирнова Анна");
        assertThat(consultant.get(search("Вера Орлова")).body()).contains("Орлова Вера");
    }

    @Test
    void saysClearlyWhenNobodyIsFound() {
        String page = signedIn("finance").get(search("Несуществующая")).body();

        assertThat(page).contains("id=\"no-results\"", "По запросу «Несуществующая» никого не нашли")
                .doesNotContain("class=\"customer-row\"");
    }

    @Test
    void speaksEnglishWhenAskedTo() {
        String page = signedIn("consultant").get(search("Nobody-here") + "&lang=en").body();

        assertThat(page).contains("Customers", "Nobody found for &quot;Nobody-here&quot;", "Phone, card, e-mail or name");
    }

    @Test
    void htmxGetsOnlyTheResults() {
        HttpResponse<String> fragment = signedIn("admin").get(search("+7 999 000 00 02"), "HX-Request", "true");

        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).startsWith("<section id=\"search-results\"").contains("Кузнецов Борис")
                .doesNotContain("<html");
    }

    @Test
    void marketersAndCustomersCannotOpenCustomers() {
        assertThat(signedIn("marketer").get(search("Смирнова")).statusCode()).isEqualTo(403);
        assertThat(signedIn("marketer").get("/backoffice/customers/" + anna().customerId().value()).statusCode())
                .isEqualTo(403);
        assertThat(signedIn("+79990000001").get(search("Смирнова")).statusCode()).isEqualTo(403);
    }
}
