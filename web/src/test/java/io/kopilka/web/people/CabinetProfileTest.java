package io.kopilka.web.people;

import static io.kopilka.web.people.Pages.csrf;
import static io.kopilka.web.people.Pages.signedIn;
import static io.kopilka.web.people.Pages.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.kopilka.customers.Consents;
import io.kopilka.customers.Customer;
import io.kopilka.customers.Customers;
import io.kopilka.identity.Accounts;
import io.kopilka.identity.Role;
import io.kopilka.ledger.Ledger;
import io.kopilka.web.cabinet.CabinetPeople;
import io.kopilka.web.support.BrowserSession;
import io.kopilka.web.support.PortalIntegrationTest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CabinetProfileTest extends PortalIntegrationTest {

    @Autowired
    Customers customers;
    @Autowired
    Accounts accounts;
    @Autowired
    Ledger ledger;

    private Customer newCustomer(String name) {
        return new CabinetPeople(accounts, customers, ledger).register(name, Role.CUSTOMER);
    }

    private static Map<String, String> profile(String firstName, String lastName, String email, String birthDate) {
        Map<String, String> fields = new HashMap<>();
        fields.put("firstName", firstName);
        fields.put("lastName", lastName);
        fields.put("email", email);
        fields.put("birthDate", birthDate);
        return fields;
    }

    private HttpResponse<String> save(BrowserSession session, Map<String, String> fields) {
        return session.postForm("/cabinet/profile", fields, csrf(session, "/cabinet/profile"));
    }

    @Test
    void aCustomerSeesPhoneAndCardReadOnlyAndSavesNamesEmailBirthDateAndConsents() {
        Customer olga = newCustomer("Ольга");
        BrowserSession session = signedIn(port, olga.phone(), CabinetPeople.PASSWORD);
        String page = session.get("/cabinet/profile").body();
        assertThat(textOf(page, "profile-phone")).isEqualTo(olga.phone());
        assertThat(textOf(page, "profile-card")).isEqualTo(olga.cardNumber());
        assertThat(page).doesNotContain("name=\"phone\"", "name=\"cardNumber\"");

        Map<String, String> fields = profile("Ольга", "Иванова", olga.phone().substring(1) + "@olga.example", "1985-03-08");
        fields.put("consentEmail", "true");
        fields.put("consentPush", "true");
        HttpResponse<String> saved = save(session, fields);

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(session.get("/cabinet/profile").body()).contains("id=\"profile-saved\"", "Профиль сохранён.",
                "value=\"Иванова\"", "value=\"1985-03-08\"");
        Customer stored = customers.find(olga.customerId()).orElseThrow();
        assertThat(stored.lastName()).isEqualTo("Иванова");
        assertThat(stored.email()).isEqualTo(olga.phone().substring(1) + "@olga.example");
        assertThat(stored.birthDate()).isEqualTo(LocalDate.of(1985, 3, 8));
        assertThat(stored.consents()).isEqualTo(new Consents(true, false, true));
        assertThat(stored.phone()).isEqualTo(olga.phone());
    }

    @Test
    void invalidFieldsAreRefusedWithMessagesNextToThemInBothLanguages() {
        Customer pavel = newCustomer("Павел");
        BrowserSession session = signedIn(port, pavel.phone(), CabinetPeople.PASSWORD);

        String page = save(session, profile("П@вел", "", "not-an-email", LocalDate.now().plusDays(2).toString())).body();

        assertThat(textOf(page, "firstName-error")).isEqualTo("Имя содержит недопустимые символы.");
        assertThat(textOf(page, "email-error")).isEqualTo("Адрес e-mail не распознан.");
        assertThat(textOf(page, "birthDate-error")).isEqualTo("Дата рождения не может быть в будущем.");
        assertThat(page).contains("aria-describedby=\"firstName-error\"");
        assertThat(customers.find(pavel.customerId())).contains(pavel);

        session.get("/cabinet/profile?lang=en");
        String english = save(session, profile("Pavel", "", "", "1890-01-01")).body();
        assertThat(textOf(english, "birthDate-error")).isEqualTo("Check the year of birth.");
        assertThat(textOf(save(session, profile("Pavel", "", "", "not-a-date")).body(), "birthDate-error"))
                .isEqualTo("The date was not recognised: give the day, month and year.");
    }

    @Test
    void aCustomerCannotReadNorChangeAnotherCustomersProfileByAnyParameter() {
        Customer me = newCustomer("Мария");
        Customer other = newCustomer("Чужой");
        BrowserSession session = signedIn(port, me.phone(), CabinetPeople.PASSWORD);

        for (String query : new String[] {"?customerId=" + other.customerId().value(), "?id=" + other.customerId().value(),
                "?phone=" + other.phone(), "/" + other.customerId().value()}) {
            HttpResponse<String> read = session.get("/cabinet/profile" + query);
            assertThat(read.body()).as(query).doesNotContain(other.phone(), other.cardNumber());
        }
        Map<String, String> fields = profile("Взлом", "Взломов", "", "");
        fields.put("customerId", String.valueOf(other.customerId().value()));
        fields.put("id", String.valueOf(other.customerId().value()));
        fields.put("phone", other.phone());
        fields.put("customerId.value", String.valueOf(other.customerId().value()));
        save(session, fields);
        session.postForm("/cabinet/profile?customerId=" + other.customerId().value(), fields,
                csrf(session, "/cabinet/profile"));

        assertThat(customers.find(other.customerId())).contains(other);
        Customer mine = customers.find(me.customerId()).orElseThrow();
        assertThat(mine.firstName()).isEqualTo("Взлом");
        assertThat(mine.phone()).isEqualTo(me.phone());
    }

    @Test
    void onlyCustomersReachTheProfileAndTheNavigationLinksIt() {
        assertThat(signedIn(port, "consultant", "demo").get("/cabinet/profile").statusCode()).isEqualTo(403);
        assertThat(signedIn(port, "+79990000011", "demo").get("/cabinet/profile").statusCode()).isEqualTo(403);
        assertThat(new BrowserSession(port).get("/cabinet/profile").statusCode()).isEqualTo(302);
        assertThat(signedIn(port, "+79990000002", "demo").get("/cabinet").body())
                .contains("href=\"/cabinet/profile\"", "Профиль");
    }
}
