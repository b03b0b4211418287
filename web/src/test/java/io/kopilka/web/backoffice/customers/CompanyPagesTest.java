package io.kopilka.web.backoffice.customers;

import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.customers.NewCompany;
import io.kopilka.customers.NewCustomer;
import io.kopilka.ledger.Ledger;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CompanyPagesTest extends PortalIntegrationTest {

    /** A company of this test's own: 10-digit INN with a valid check digit, its name unlike any other company's. */
    private static final String INN = "5001123452";
    private static final String NAME = "ООО «Лютик-Опт»";

    @Autowired
    Customers customers;

    @Autowired
    Ledger ledger;

    private static Customer admin;
    private static Customer buyer;

    @BeforeEach
    void company() {
        if (admin == null) {
            admin = customers.register(NewCustomer.withPhone(newPhone()).withNames("Пётр", "Лютиков")
                    .withCompany(new NewCompany(INN, NAME, "500101001")));
            buyer = customers.register(NewCustomer.withPhone(newPhone()).withNames("Зоя", "Опткина")
                    .withCompany(NewCompany.of(INN, NAME)));
            TestCustomers.grant(ledger, admin.company().companyId().value(), 1234, "Оптовая");
        }
    }

    private static String newPhone() {
        return "+7993" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    private BrowserSession signedIn(String login) {
        BrowserSession session = new BrowserSession(port);
        session.signIn(login, "demo");
        return session;
    }

    private long companyId() {
        return admin.company().companyId().value();
    }

    @Test
    void staffFindACompanyByTheStartOfItsNameOrOfAWordInItOrByItsInn() {
        BrowserSession consultant = signedIn("consultant");

        for (String query : new String[] {"ООО «Лют", "лютик", "опт лютик", "500112", INN}) {
            String page = consultant.get("/backoffice/companies?q=" + java.net.URLEncoder.encode(query,
                    java.nio.charset.StandardCharsets.UTF_8)).body();
            assertThat(page).as(query).contains("id=\"company-" + companyId() + "\"", "ООО «Лютик-Опт»", INN);
        }
        String none = consultant.get("/backoffice/companies?q=zzzqqq").body();
        assertThat(none).contains("id=\"no-results\"", "компаний не найдено");
    }

    @Test
    void theSearchAnswersHtmxWithTheResultsFragmentOnly() {
        HttpResponse<String> fragment = signedIn("finance").get("/backoffice/companies?q=Demo%20Trade",
                "HX-Request", "true");

        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).contains("id=\"search-results\"", "Demo Trade LLC").doesNotContain("<header");
    }

    @Test
    void theCompanyPageListsItsBuyersWithTheAdminMarkedAndTheCompanysBalance() {
        customers.setBuyerEnabled(admin.customerId(), buyer.customerId(), false);
        try {
            String page = signedIn("admin").get("/backoffice/companies/" + companyId()).body();
            long available = ledger.balances(companyId(), LocalDateTime.now(ZoneOffset.UTC)).available();

            assertThat(page).contains("id=\"company-name\"", NAME, INN, "500101001");
            assertThat(page).contains("href=\"/backoffice/customers/" + admin.customerId().value() + "\"",
                    "Лютиков Пётр", "href=\"/backoffice/customers/" + buyer.customerId().value() + "\"",
                    "Опткина Зоя");
            String adminRow = row(page, "buyer-" + admin.customerId().value());
            assertThat(adminRow).contains("администратор", "может покупать");
            assertThat(row(page, "buyer-" + buyer.customerId().value())).contains("отключён")
                    .doesNotContain("администратор");
            assertThat(available).isEqualTo(1234);
            assertThat(page).contains("id=\"balance-available\" data-points=\"1234\"");
            assertThat(page).contains("id=\"history\"", "Подарок по акции «Оптовая»");
        } finally {
            customers.setBuyerEnabled(admin.customerId(), buyer.customerId(), true);
        }
    }

    @Test
    void theBuyersCustomerPageLinksToTheCompanyAndTheBackOfficeHomeToTheSearch() {
        BrowserSession consultant = signedIn("consultant");

        String customerPage = consultant.get("/backoffice/customers/" + buyer.customerId().value()).body();
        String home = consultant.get("/backoffice").body();

        assertThat(customerPage).contains("id=\"profile-company-link\" href=\"/backoffice/companies/" + companyId() + "\"");
        assertThat(home).contains("id=\"tile-companies\" href=\"/backoffice/companies\"");
    }

    @Test
    void anUnknownCompanyIsNotFound() {
        BrowserSession consultant = signedIn("consultant");

        assertThat(consultant.get("/backoffice/companies/1").statusCode()).isEqualTo(404);
        assertThat(consultant.get("/backoffice/companies/not-a-number").statusCode()).isEqualTo(404);
    }

    @Test
    void customersBuyersAndMarketersMayNotOpenTheCompanies() {
        for (String login : new String[] {"+79990000001", "+79990000011", "marketer"}) {
            BrowserSession session = signedIn(login);

            assertThat(session.get("/backoffice/companies").statusCode()).as(login).isEqualTo(403);
            assertThat(session.get("/backoffice/companies/" + companyId()).statusCode()).as(login).isEqualTo(403);
        }
    }

    private static String row(String page, String id) {
        Matcher matcher = Pattern.compile("<tr[^>]*id=\"" + id + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertThat(matcher.find()).as("row %s", id).isTrue();
        return matcher.group(1);
    }
}
